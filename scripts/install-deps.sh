#!/usr/bin/env bash
# Installs what Folio needs, only what is missing; safe to run again (does nothing when all is there).
#
#   scripts/install-deps.sh          what `make report` needs: Cairo and Pango headers, librsvg and poppler-glib (placed SVG and
#                                    PDF images), zlib and libhyphen headers with French and English patterns
#                                    (/usr/share/hyphen, for `theme: {hyphenation: true}`), the Inter font, and the
#                                    sRGB ICC profile of icc-profiles-free (the PDFs' output intent)
#   scripts/install-deps.sh --test   also what the tests use: poppler-utils and qpdf (PDFs read back) and the PDF/UA
#                                    checker `pdfua` from PyPI in a venv (.tools-venv)
#
# The Swift toolchain (6.0 or later, from swift.org) is checked first, before anything is installed. Without root
# or sudo, the script prints the one `apt-get install` line to run as root, and stops.
set -euo pipefail

tests=false
[ "${1:-}" = "--test" ] && tests=true

if ! command -v swift >/dev/null; then
  echo "error: the Swift toolchain (6.0 or later) is not on PATH; install it from https://swift.org/install and run again" >&2
  exit 1
fi
version=$(swift --version 2>/dev/null | grep -Eo 'Swift version [0-9]+\.[0-9]+' | head -1 | grep -Eo '[0-9]+\.[0-9]+' || true)
if [ -z "$version" ] || [ "${version%%.*}" -lt 6 ]; then
  echo "error: Folio needs Swift 6.0 or later; \`swift --version\` says ${version:-nothing readable}" >&2
  exit 1
fi

# A name with alternatives (a|b) is the same library renamed by a release: Debian 13 and Ubuntu 24.04 call
# poppler-glib's runtime libpoppler-glib8t64 (the 64-bit time_t transition), Debian 12 libpoppler-glib8.
packages=(libcairo2-dev libpango1.0-dev librsvg2-2 "libpoppler-glib8t64|libpoppler-glib8" zlib1g-dev libhyphen-dev
          hyphen-fr hyphen-en-us fonts-inter fontconfig icc-profiles-free pkg-config)
$tests && packages+=(poppler-utils qpdf python3-venv)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# The first alternative this system's package lists know (apt-cache reads them; no network).
available() {
  local name
  for name in ${1//|/ }; do
    [ -n "$(apt-cache show --no-all-versions "$name" 2>/dev/null | head -1)" ] && { echo "$name"; return; }
  done
  echo "${1%%|*}"
}

missing=()
for p in "${packages[@]}"; do
  found=false
  for name in ${p//|/ }; do installed "$name" && { found=true; break; }; done
  $found || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "error: these Debian packages are missing; as root, run:" >&2
      names=(); for p in "${missing[@]}"; do names+=("$(available "$p")"); done
      echo "  apt-get update && apt-get install -y --no-install-recommends ${names[*]}" >&2
      exit 1
    fi
    sudo=sudo
  fi
  $sudo apt-get update -qq
  names=(); for p in "${missing[@]}"; do names+=("$(available "$p")"); done
  echo "Installing: ${names[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${names[@]}" >/dev/null
fi

if ! fc-list : family | grep "Inter" >/dev/null; then
  echo "error: fontconfig does not list the Inter font after installing fonts-inter" >&2
  exit 1
fi

$tests || exit 0
# The PDF/UA-1 checker (pure Python on pikepdf, no JVM), pinned so that its findings do not change under us.
# FOLIO_TOOLS_VENV puts it elsewhere (scripts/debian13-test.sh: inside its Debian 13 root, since a venv only
# works with the Python it was made with).
venv="${FOLIO_TOOLS_VENV:-$(dirname "$0")/../.tools-venv}"
if [ ! -x "$venv/bin/pdfua" ]; then
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check pdfua==0.1.3
fi
