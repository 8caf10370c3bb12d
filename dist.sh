#!/usr/bin/env bash
# Ready binaries for Linux and Windows, built on Linux (Debian) in one command:
#   ./dist.sh          → dist/mentor (Linux x86_64) and dist/mentor.exe (Windows x86_64)
# Installs what the Windows build needs (the Rust target, MinGW-w64) when missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo=sudo; fi
  $sudo apt-get install -y -qq --no-install-recommends gcc-mingw-w64-x86-64
fi
rustup target add x86_64-pc-windows-gnu

cargo build --locked --release
cargo build --locked --release --target x86_64-pc-windows-gnu
mkdir -p dist
cp target/release/mentor dist/mentor
cp target/x86_64-pc-windows-gnu/release/mentor.exe dist/mentor.exe
ls -l dist
