#!/usr/bin/env bash
# Builds Folio and runs its whole test suite inside a Debian 13 (trixie) root made with debootstrap: the proof
# that Folio builds and works on Debian 13 / Ubuntu 24.04 (Cairo 1.18, Pango 1.56, glibc 2.41) while this
# machine runs Debian 12. `make test-debian13` runs it; it is not part of .ci/run (see docs/debian13.md).
#
#   scripts/debian13-test.sh                     the root in .debian13/ of this checkout (made on first run)
#   DEBIAN13_ROOT=/srv/trixie scripts/...        the root elsewhere (an existing trixie root is used as it is)
#
# Needs root (chroot, mounts), debootstrap (installed with apt-get when missing), network to the Debian mirror
# (DEBIAN13_MIRROR, default http://deb.debian.org/debian) and to PyPI (pdfua) from inside the root; SwiftPM fetches
# the package dependencies on the host (swift package resolve), so the root does not need GitHub;
# and a Swift toolchain installed in a folder of its own (SWIFT_TOOLCHAIN, default: the one `swift` on PATH is in,
# e.g. /opt/swift for /opt/swift/usr/bin/swift), which is bind-mounted read-only into the root, as is this checkout.
# Inside, as root, it runs the equivalent of `make test` (scripts/install-deps.sh --test, swift build, swift test)
# with its own build folder, .build-debian13, so the host's .build is not touched; the pdfua venv lives in the root.
# Every mount is undone when the script exits, however it exits. Extra arguments go to `swift test`
# (e.g. --filter GoldenPageTests).
set -euo pipefail

checkout=$(cd "$(dirname "$0")/.." && pwd)
root=${DEBIAN13_ROOT:-$checkout/.debian13}
root=${root%/}
mirror=${DEBIAN13_MIRROR:-http://deb.debian.org/debian}
suite=trixie
scratch=.build-debian13
inside_checkout=/folio
inside_toolchain=/opt/swift

say() { echo "debian13-test: $*"; }
die() { echo "debian13-test: error: $*" >&2; exit 1; }
elapsed() { local s=$(( $(date +%s) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts); run it with sudo"

# The toolchain: a folder holding usr/bin/swift, which is mounted into the root as it is.
toolchain=${SWIFT_TOOLCHAIN:-}
if [ -z "$toolchain" ]; then
  swift_path=$(command -v swift) || die "no swift on PATH; set SWIFT_TOOLCHAIN to the folder holding usr/bin/swift"
  toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$swift_path")")")")
fi
toolchain=${toolchain%/}
[ -x "$toolchain/usr/bin/swift" ] || die "$toolchain/usr/bin/swift is not there; set SWIFT_TOOLCHAIN"
[ "$toolchain" != "" ] && [ "$toolchain" != "/" ] \
  || die "swift is installed in /usr, which cannot be mounted into the root: install a toolchain from swift.org in a folder of its own (e.g. /opt/swift) and set SWIFT_TOOLCHAIN"

# debootstrap on the host, as scripts/install-deps.sh installs what Folio needs.
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

# What the root needs: Folio's libraries and test tools (install-deps.sh checks them again inside), and what the
# Swift toolchain (built for Debian 12) needs at run time on trixie: a C toolchain for clang's linking, and the
# libraries of Foundation and SwiftPM (curl, libxml2, libedit, ncurses, sqlite).
packages=(libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-fr hyphen-en-us fonts-inter fontconfig icc-profiles-free
          pkg-config zlib1g-dev librsvg2-2 libpoppler-glib8t64 poppler-utils qpdf python3-venv
          make git ca-certificates gcc libc6-dev libstdc++-14-dev binutils
          libcurl4t64 libxml2 libedit2 libncurses6 libsqlite3-0)

mkdir -p "$root"
# One run at a time per root: a second would mount over the first's mounts.
exec 9<"$root"
flock -n 9 || die "another run is using $root"

mounted=()
cleanup() {
  local status=$? i
  for (( i=${#mounted[@]}-1; i>=0; i-- )); do
    umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}" \
      || echo "debian13-test: error: could not unmount ${mounted[i]}" >&2
  done
  mounted=()
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Mounts left by a run that was killed too hard to clean up (SIGKILL) are undone first.
while read -r target; do
  say "unmounting $target, left by an earlier run"
  umount -R "$target" 2>/dev/null || umount -R -l "$target"
done < <(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/self/mounts | sort -r)

started=$(date +%s)
if [ -d "$root/debootstrap" ]; then
  die "$root holds an unfinished debootstrap (one that failed or is still running; see $root/debootstrap/debootstrap.log): remove $root and run again"
fi
if [ ! -x "$root/usr/bin/apt-get" ]; then
  [ -z "$(ls -A "$root")" ] || die "$root is neither empty nor a Debian root; remove it or set DEBIAN13_ROOT"
  say "making a Debian 13 root in $root with debootstrap from $mirror (a few minutes)"
  # The bare minimum: debootstrap does not resolve virtual packages (with libpango1.0-dev included it fails on
  # gir1.2-pango-1.0, which needs the virtual gir1.2-xlib-2.0), so the packages go in with apt-get, below.
  debootstrap --variant=minbase "$suite" "$root" "$mirror" \
    || die "debootstrap failed (see $root/debootstrap/debootstrap.log); remove $root and run again"
  say "root made in $(elapsed "$started")"
fi
version=$(cat "$root/etc/debian_version" 2>/dev/null || echo unknown)
case "$version" in
  13.*|trixie*) ;;
  *) say "warning: $root is Debian $version, not 13 (trixie)" ;;
esac

# SwiftPM's dependencies are fetched here, on the host, into the root's build folder: the root then needs no
# access to GitHub (nor the host's git mirrors or credentials), and builds at the versions Package.resolved names.
say "resolving Swift packages on the host into $scratch"
(cd "$checkout" && "$toolchain/usr/bin/swift" package resolve --scratch-path "$scratch") \
  || die "swift package resolve failed on the host"

mount_bind() { # source target [ro]
  mkdir -p "$2"
  mount --rbind "$1" "$2"
  mounted+=("$2")
  mount --make-rslave "$2"   # nothing mounted under the root's copy reaches the host's, and the reverse
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}
mount -t proc proc "$root/proc"; mounted+=("$root/proc")
mount_bind /sys "$root/sys"
mount_bind /dev "$root/dev"
mount_bind "$toolchain" "$root$inside_toolchain" ro
mount_bind "$checkout" "$root$inside_checkout"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# The host's own certificate authorities (a network that inspects TLS has one): the root trusts them too, for
# SwiftPM's clones from GitHub and pip's download of pdfua.
local_cas=$(find /usr/local/share/ca-certificates -name '*.crt' 2>/dev/null | sort)

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    PATH="$inside_toolchain/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    FOLIO_TOOLS_VENV=/opt/folio-tools-venv FOLIO_PDFUA=/opt/folio-tools-venv/bin/pdfua "$@"
}

missing=()
for p in "${packages[@]}"; do
  in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing in the root: ${missing[*]}"
  in_root apt-get update -qq
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -n "$local_cas" ]; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  changed=false
  for ca in $local_cas; do
    cmp -s "$ca" "$root/usr/local/share/ca-certificates/$(basename "$ca")" && continue
    cp "$ca" "$root/usr/local/share/ca-certificates/" && changed=true
  done
  if $changed; then in_root update-ca-certificates >/dev/null; fi
fi

say "Debian $version; $(in_root swift --version 2>/dev/null | head -1)"
say "building and testing $checkout in the root (build folder $scratch)"
test_started=$(date +%s)
status=0
# `make test` with its own build folder: install-deps.sh --test, swift build, swift test.
in_root /bin/bash -c 'set -euo pipefail; cd "$1"; shift
  scripts/install-deps.sh --test
  swift build --scratch-path "$0" --disable-automatic-resolution
  swift test --scratch-path "$0" --disable-automatic-resolution "$@"' "$scratch" "$inside_checkout" "$@" || status=$?
say "build and tests took $(elapsed "$test_started") (all: $(elapsed "$started")); exit status $status"
exit "$status"
