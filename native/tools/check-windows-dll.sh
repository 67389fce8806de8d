#!/usr/bin/env bash
# Cross-compiles ets2coach_telemetry.dll with MinGW-w64 into BUILD_DIR and checks that the game can
# load it: it exports exactly scs_telemetry_init and scs_telemetry_shutdown (undecorated), and it
# imports only DLLs every Windows has (no libgcc_s / libwinpthread / MSVC redistributable).
#   usage: bash native/tools/check-windows-dll.sh BUILD_DIR
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build_dir=$1
native_dir=$(cd "$(dirname "$0")/.." && pwd)
objdump=x86_64-w64-mingw32-objdump

for tool in x86_64-w64-mingw32-gcc "$objdump" cmake; do
  command -v "$tool" >/dev/null 2>&1 || { echo "check-windows-dll: '$tool' not found (apt-get install gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 cmake)" >&2; exit 1; }
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! cmake -S "$native_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release \
       -DCMAKE_TOOLCHAIN_FILE="$native_dir/cmake/mingw-w64-x86_64.cmake" >"$log" 2>&1 \
   || ! cmake --build "$build_dir" --target ets2coach_telemetry -j 2 >>"$log" 2>&1; then
  cat "$log" >&2
  echo "check-windows-dll: FAILED to build the Windows DLL" >&2
  exit 1
fi

dll="$build_dir/ets2coach_telemetry.dll"
[[ -f $dll ]] || { echo "check-windows-dll: FAILED: $dll was not produced" >&2; exit 1; }

dump=$("$objdump" -p "$dll")
fail=0

# PE32+ (x86-64), not a 32-bit image.
if ! grep -q 'Magic.*20b' <<<"$dump"; then
  echo "check-windows-dll: FAILED: $dll is not a PE32+ (x64) image" >&2
  fail=1
fi

# Exports: the [Ordinal/Name Pointer] Table lists one "[  n] name" line per export.
exports=$(sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' <<<"$dump" | sed -nE 's/^\s*\[\s*[0-9]+\]\s+(\S+).*/\1/p' | sort)
expected=$(printf '%s\n' scs_telemetry_init scs_telemetry_shutdown)
if [[ $exports != "$expected" ]]; then
  echo "check-windows-dll: FAILED: exports must be exactly scs_telemetry_init and scs_telemetry_shutdown, found:" >&2
  echo "${exports:-(none)}" | sed 's/^/  /' >&2
  fail=1
fi

# Imports: every "DLL Name:" must be a system DLL.
imports=$(sed -nE 's/^\s*DLL Name:\s*(\S+)/\1/p' <<<"$dump")
while read -r name; do
  [[ -n $name ]] || continue
  lower=${name,,}
  case $lower in
    kernel32.dll|msvcrt.dll|advapi32.dll|ucrtbase.dll|api-ms-win-crt-*.dll|api-ms-win-core-*.dll) ;;
    *) echo "check-windows-dll: FAILED: imports $name, which is not a system DLL (link the runtime statically)" >&2; fail=1 ;;
  esac
done <<<"$imports"

if [[ $fail -ne 0 ]]; then
  exit 1
fi
echo "check-windows-dll: OK: $dll exports $(tr '\n' ' ' <<<"$exports")and imports only $(tr '\n' ' ' <<<"$imports" | sed 's/ $//')"
