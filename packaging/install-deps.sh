#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and testing Stepwise needs, and only what is missing.
# Made for Debian 12 (bookworm). Other distributions are best effort: install the equivalents
# of the packages below with your package manager.
# Usage: sh packaging/install-deps.sh [--tests]
#   --tests  also installs clang and its libFuzzer runtime for the fuzz targets (tests/fuzz), and
#            the pinned npm packages of packaging/test-tools (the HL7 FHIR R4 JSON schema and the
#            validator the FHIR export tests run; Node.js and npm from Debian if missing).
# shellcheck disable=SC1091,SC2086 # os-release is read at run time; package lists split on purpose
set -eu

PACKAGES="cmake g++ make ninja-build pkg-config file dpkg-dev
qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-svg-dev
qt6-charts-dev libqt6opengl6-dev
catch2 sqlite3 libsqlite3-dev xvfb xauth poppler-utils fonts-dejavu-core
libsodium-dev libzxcvbn-dev
fonts-droid-fallback fonts-sil-abyssinica fonts-lohit-deva"
# Qt Charts: assessment trend charts (its CMake package needs libqt6opengl6-dev).
# libsodium: Argon2id password hashes; zxcvbn: password strength; libsqlite3-dev: the
# fault-injecting SQLite VFS of the reliability tests.
# The last three fonts (9 MB together) draw the CJK, Hangul, Ethiopic and Devanagari names of the
# demo clinic, which DejaVu lacks; a desktop usually has such fonts already, a bare machine not.

tests=false
case "${1:-}" in
--tests)
    tests=true
    PACKAGES="$PACKAGES clang libclang-rt-14-dev"
    # Node.js runs npm ci below and the FHIR schema validator (tests/fhir). A node and npm
    # already on the PATH (NodeSource, nvm) are used as they are: Debian's npm would conflict.
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        PACKAGES="$PACKAGES nodejs npm"
    fi
    ;;
"") ;;
*)
    printf 'usage: sh packaging/install-deps.sh [--tests]\n' >&2
    exit 2
    ;;
esac

say() { printf 'install-deps: %s\n' "$*"; }
fail() {
    printf 'install-deps: %s\n' "$*" >&2
    exit 1
}

list_packages() {
    printf '  %s\n' $PACKAGES >&2
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    printf 'install-deps: this script needs Debian 12 (apt-get and dpkg-query were not found).\n' >&2
    printf 'install-deps: other distributions are best effort: install the equivalents of these\n' >&2
    printf 'install-deps: Debian packages (Qt 6.4 or newer, Catch2 2.x, CMake 3.25 or newer):\n' >&2
    list_packages
    exit 1
fi

os_id=""
os_version=""
if [ -r /etc/os-release ]; then
    os_id=$(. /etc/os-release && printf '%s' "${ID:-}")
    os_version=$(. /etc/os-release && printf '%s' "${VERSION_ID:-}")
fi
if [ "$os_id" != "debian" ] || [ "$os_version" != "12" ]; then
    say "warning: made for Debian 12; this is ${os_id:-unknown} ${os_version:-}."
    say "warning: other distributions are best effort; trying with apt anyway."
fi

# One dpkg-query call for all packages keeps this fast when nothing is missing. Unknown
# packages make it complain on stderr and exit non-zero; they simply count as missing.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $PACKAGES 2>/dev/null |
    awk '$2 == "installed" { print $1 }') || true

missing=""
for package in $PACKAGES; do
    if ! printf '%s\n' "$installed" | grep -qx -- "$package"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    say "all build and test dependencies are installed."
else
    say "missing:$missing"

    if [ "$(id -u)" -eq 0 ]; then
        as_root=""
    elif command -v sudo >/dev/null 2>&1; then
        as_root="sudo"
    else
        fail "not running as root and sudo is not available; run this script as root."
    fi

    export DEBIAN_FRONTEND=noninteractive
    $as_root apt-get update || fail "apt-get update failed; check your network and apt sources."
    $as_root apt-get install -y --no-install-recommends $missing ||
        fail "apt-get install failed for:$missing"
    say "installed:$missing"
fi

[ "$tests" = true ] || exit 0

# The test tools are npm packages pinned with their integrity hashes in package-lock.json,
# installed into packaging/test-tools/node_modules (ignored by git) as the user running this
# script: nothing is downloaded at build or test time. A copy of the lock file beside them says
# which lock they were installed from, so an unchanged tree is one cmp away from done.
tools_dir=$(cd "$(dirname "$0")" && pwd)/test-tools
stamp="$tools_dir/node_modules/.stepwise-installed-lock"
if [ -d "$tools_dir/node_modules" ] && cmp -s "$tools_dir/package-lock.json" "$stamp"; then
    say "test tools (packaging/test-tools) are installed."
    exit 0
fi
say "installing the test tools with npm ci in packaging/test-tools."
# --ignore-scripts: the tools are data and a validator; no package needs to run code to install.
(cd "$tools_dir" && npm ci --no-audit --no-fund --ignore-scripts) ||
    fail "npm ci failed in $tools_dir; check your network and the npm registry."
cp "$tools_dir/package-lock.json" "$stamp"
say "installed the test tools in packaging/test-tools/node_modules."
