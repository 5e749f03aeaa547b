#ifndef FOLIO_CHYPHEN_SHIM_H
#define FOLIO_CHYPHEN_SHIM_H
// libhyphen (ALTLinux/Hunspell's, Debian's libhyphen-dev): TeX hyphenation patterns, as LibreOffice uses.
// It has no pkg-config file; the header is /usr/include/hyphen.h and the library -lhyphen.
#include <hyphen.h>
#endif
