# Sourced (`. packaging/reproducible.sh`) before every build that ships, by packaging/build-deb.sh
# and by .ci/run: the same binary from any checkout folder and any build date.
# - No absolute build path in the binary: the checkout becomes /usr/src/estrade and cargo's
#   registry /usr/src/cargo (panic locations and file names of the crates are kept, relative).
# - SOURCE_DATE_EPOCH (the last commit's time): the .deb's file dates and the man pages' date.
# Exporting RUSTFLAGS changes how everything is compiled, so builds with and without it do not
# share their compiled crates: source this in the shell you build in, or build through the scripts.
_estrade_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
_cargo_home=$(cd "${CARGO_HOME:-$HOME/.cargo}" && pwd -P)
export RUSTFLAGS="--remap-path-prefix=$_estrade_root=/usr/src/estrade --remap-path-prefix=$_cargo_home=/usr/src/cargo"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git -C "$_estrade_root" log -1 --format=%ct 2>/dev/null || echo 1711036800)
  export SOURCE_DATE_EPOCH
fi
unset _estrade_root _cargo_home
