#!/usr/bin/env bash
# The Debian packages LoopWatch's build, tests and installer need beyond a JDK 21+, installed when
# missing (as root with apt-get; otherwise it names them and stops). One list, used by .ci/run and
# installer/build-linux.sh, and listed in the README's prerequisites:
#   libgtk-3-0   a real JavaFX window (the installer's AOT training run opens one)
#   xvfb xauth   a display for that run on a machine without one (xvfb-run)
#   fakeroot     jpackage --type deb
#   unzip        the installer takes sqlite-jdbc's native library out of the jar
#   postgresql   team-mode tests start their own servers (initdb, pg_ctl)
#   openssl      the team-mode tests' TLS certificates
# Usage: installer/system-packages.sh [ci|installer|all]   (default: all)
set -euo pipefail

installer=(libgtk-3-0 xvfb xauth fakeroot unzip)
ci=(postgresql openssl)
case "${1:-all}" in
  installer) wanted=("${installer[@]}") ;;
  ci) wanted=("${ci[@]}" "${installer[@]}") ;;
  all) wanted=("${ci[@]}" "${installer[@]}") ;;
  *) echo "usage: $0 [ci|installer|all]" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  # libgtk-3-0 is libgtk-3-0t64 on Debian 13 and newer Ubuntu: either one counts.
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then continue; fi
  if [ "$package" = libgtk-3-0 ] && dpkg-query -W -f='${Status}' libgtk-3-0t64 2>/dev/null | grep -q "ok installed"; then continue; fi
  missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "LoopWatch's build needs these system packages: ${missing[*]}" >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run this again." >&2
  exit 1
fi
echo "== installing system packages: ${missing[*]}"
apt-get update -qq
# libgtk-3-0 has a new name on newer releases; ask for whichever the archive has.
resolved=()
for package in "${missing[@]}"; do
  if [ "$package" = libgtk-3-0 ] && ! apt-cache show libgtk-3-0 >/dev/null 2>&1; then package=libgtk-3-0t64; fi
  resolved+=("$package")
done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${resolved[@]}" >/dev/null
