#!/usr/bin/env bash
# Installs the Debian packages Folio needs, only those missing: Cairo, Pango, librsvg, poppler-glib (placed SVG and
# PDF images) and zlib headers, the Inter font,
# libhyphen with its French and English patterns (/usr/share/hyphen; for `theme: {hyphenation: true}`),
# the sRGB ICC profile of icc-profiles-free (the PDFs' output intent, /usr/share/color/icc/sRGB.icc),
# poppler-utils + qpdf (the tests read PDFs back with them), and the PDF/UA checker `pdfua` from PyPI in a
# venv (.tools-venv; the tests run it on every committed PDF). Safe to run again; does nothing when all are there.
set -euo pipefail

packages=(libcairo2-dev libpango1.0-dev librsvg2-dev libpoppler-glib-dev zlib1g-dev libhyphen-dev hyphen-fr hyphen-en-us fonts-inter icc-profiles-free poppler-utils qpdf pkg-config python3-venv)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
  echo "error: the Swift toolchain (6.0 or later) is not on PATH; install it from swift.org and run again" >&2
  exit 1
fi
if ! fc-list : family | grep "Inter" >/dev/null; then
  echo "error: fontconfig does not list the Inter font after installing fonts-inter" >&2
  exit 1
fi

# The PDF/UA-1 checker (pure Python on pikepdf, no JVM), pinned so that its findings do not change under us.
venv="$(dirname "$0")/../.tools-venv"
if [ ! -x "$venv/bin/pdfua" ]; then
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check pdfua==0.1.3
fi
