#!/usr/bin/env bash
# Every shared library the binary names (those it opens at run time with dlopen, which `ldd` and
# dpkg-shlibdeps do not see) must belong to a package the .deb depends on.
#   packaging/check-depends.sh DEB
# Needs the libraries installed (to know their packages): CI installs them.
set -euo pipefail
deb=${1:?usage: packaging/check-depends.sh DEB}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g')
fail=0
# The names, versioned (what dlopen is given first); `strings` may glue a name to the text before it.
sonames=$(strings -a "$tmp/usr/bin/estrade" | grep -oE 'lib[A-Za-z0-9_+-]+\.so\.[0-9]+' \
  | sed -E 's/.*(lib[A-Za-z0-9_+-]*\.so\.[0-9]+)$/\1/' | sort -u)
[ -n "$sonames" ] || { echo "no library name found in the binary"; exit 1; }
for soname in $sonames; do
  case $soname in libc.so.*|libm.so.*|libgcc_s.so.*) continue ;; esac   # dpkg-shlibdeps's
  file=$(ldconfig -p | awk -v n="$soname" '$1 == n { print $NF }' | head -1 || true)
  if [ -z "$file" ]; then echo "$soname: not installed here, cannot tell its package"; fail=1; continue; fi
  # dpkg knows a file by one of its paths (/lib or /usr/lib, the link or its target).
  package=$({ dpkg -S "*/$(basename "$(readlink -f "$file")")" 2>/dev/null || true; } | head -1 | cut -d: -f1)
  if grep -qx "$package" <<<"$depends"; then
    echo "$soname: $package (declared)"
  else
    echo "$soname: $package is NOT in Depends"; fail=1
  fi
done
exit $fail
