#!/usr/bin/env bash
# A portable Windows build, cross-compiled here with Debian's mingw-w64
# (`apt-get install gcc-mingw-w64-x86-64`, `rustup target add x86_64-pc-windows-gnu`):
#   packaging/build-windows.sh   → target/windows/estrade-VERSION-windows-x86_64.zip
# The zip holds estrade.exe, the licences (estrade's, the fonts', the crates') and a LISEZMOI /
# README in CRLF. Reproducible like the .deb (packaging/reproducible.sh): the same zip from any
# folder. tests/windows.sh runs it under Wine. Needs zip.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/reproducible.sh
target=x86_64-pc-windows-gnu
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
cargo build --release --target "$target"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
name=estrade-$version-windows-x86_64
stage=target/windows/$name
rm -rf "$stage" "target/windows/$name.zip"
mkdir -p "$stage/fonts"
# Without its symbols, as the .deb (cargo-deb strips): the zip is half the size.
x86_64-w64-mingw32-strip -o "$stage/estrade.exe" "target/$target/release/estrade.exe"
crlf() { sed 's/$/\r/' "$1" > "$2"; }
crlf LICENSE-MIT "$stage/LICENSE-MIT.txt"
crlf LICENSE-APACHE "$stage/LICENSE-APACHE.txt"
crlf assets/fonts/LICENSE-Lato-OFL.txt "$stage/fonts/LICENSE-Lato-OFL.txt"
crlf assets/fonts/LICENSE-OpenSans-Apache-2.0.txt "$stage/fonts/LICENSE-OpenSans-Apache-2.0.txt"
crlf packaging/third-party-licences.md "$stage/third-party-licences.md"
crlf packaging/windows/LISEZMOI-README.txt "$stage/LISEZMOI-README.txt"
# The same bytes at every build: one date for every file, names in order, no extra fields.
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
(cd target/windows && find "$name" -print | LC_ALL=C sort | TZ=UTC zip -X -q -9 "$name.zip" -@)
ls -l "target/windows/$name.zip"
