#!/usr/bin/env bash
# Installs what tipdiff needs to build on a fresh Debian machine, and says so; does nothing when all is there.
# README's two commands and .ci/run call it first. Swift itself is expected on PATH (swift.org toolchain).
set -euo pipefail

# The C libraries' development files (through pkg-config) the package's system-library targets name.
packages=(libxml2-dev libxslt1-dev libpoppler-glib-dev libsqlite3-dev pkg-config)

if ! command -v swift >/dev/null 2>&1; then
    echo "tipdiff setup: swift is not on PATH; install a Swift 6 toolchain (swift.org) first" >&2
    exit 1
fi
if ! command -v dpkg >/dev/null 2>&1; then
    echo "tipdiff setup: not a Debian system; install the development files of libxml2, libxslt," \
        "poppler-glib and SQLite, and pkg-config, with your system's package manager" >&2
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

echo "tipdiff setup: installing the Debian packages tipdiff builds against: ${missing[*]}" >&2
run=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "tipdiff setup: installing needs root; run as root: apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    run=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${run[@]}" apt-get update -q >&2 || ! "${run[@]}" apt-get install -y -q "${missing[@]}" >&2; then
    echo "tipdiff setup: apt-get could not install ${missing[*]}; install them by hand and run again" >&2
    exit 1
fi
echo "tipdiff setup: installed ${missing[*]}" >&2
