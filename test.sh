#!/usr/bin/env bash
# Runs every test: the native plugin's C tests (ctest), the Windows cross-build check (when
# MinGW-w64 is installed), and every .NET test project. Prints one final line
#   N passed, N failed, N skipped
# summed over all of them, and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")"
root=$PWD
passed=0; failed=0; skipped=0; status=0
logdir=$(mktemp -d)
trap 'rm -rf "$logdir"' EXIT

note() { printf '\n== %s\n' "$*"; }

# 1. Native plugin: configure, build, ctest.
note "native plugin (cmake + ctest)"
if cmake -S native -B native/build -DCMAKE_BUILD_TYPE=Release >"$logdir/cmake.log" 2>&1 \
   && cmake --build native/build -j 2 >>"$logdir/cmake.log" 2>&1; then
  (cd native/build && ctest --output-on-failure) | tee "$logdir/ctest.log"
  line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$logdir/ctest.log" | tail -1)
  if [[ -n $line ]]; then
    total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
    nfail=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
    nskip=$(grep -cE '\*\*\*Not Run|Disabled' "$logdir/ctest.log" || true)
    passed=$((passed + total - nfail - nskip)); failed=$((failed + nfail)); skipped=$((skipped + nskip))
    [[ $nfail -eq 0 ]] || status=1
  else
    echo "ctest printed no summary"; failed=$((failed + 1)); status=1
  fi
else
  cat "$logdir/cmake.log"; echo "native build failed"; failed=$((failed + 1)); status=1
fi

# 2. Windows DLL: cross-compile with MinGW-w64 and check exports and imports.
if command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  note "windows cross-build (MinGW-w64)"
  if bash native/tools/check-windows-dll.sh native/build-windows; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
  fi
else
  note "windows cross-build skipped: x86_64-w64-mingw32-gcc not installed (.ci/run installs it)"
  skipped=$((skipped + 1))
fi

# 3. .NET: every test project, one after another (the end-to-end tests start processes and
#    share the two cores; running projects in parallel would only make them fight).
note "dotnet test"
dotnet build Ets2Coach.sln -c Release -nologo -v q >"$logdir/build.log" 2>&1 || { cat "$logdir/build.log"; echo "dotnet build failed"; failed=$((failed + 1)); status=1; }
# run_project LABEL PROJECT [dotnet test args...]: runs one test project, adds its trx counters.
run_project() {
  local name=$1 proj=$2; shift 2
  dotnet test "$proj" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" \
    --results-directory "$logdir/trx" "$@" 2>&1 | tee "$logdir/$name.log" | grep -E '^(Passed!|Failed!|Skipped!)|error|\[FAIL\]' || true
  local trx="$logdir/trx/$name.trx"
  if [[ -f $trx ]]; then
    local counters p f t e
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    get() { sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$counters"; }
    p=$(get passed); f=$(get failed); t=$(get total); e=$(get executed)
    p=${p:-0}; f=${f:-0}; t=${t:-0}; e=${e:-0}
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
    if [[ $f -ne 0 ]]; then
      status=1
      # Show each failure's message and the top of its stack.
      awk '/^  Failed /{show=1; n=0} show{print; if (++n>25) show=0} /^  Stack Trace:/{if(show) {n=20}}' "$logdir/$name.log"
    fi
  else
    echo "$name: no test results (crashed?)"; failed=$((failed + 1)); status=1
  fi
}

if [[ $status -eq 0 || -f tests/Ets2Coach.Telemetry.Tests/bin/Release/net10.0/Ets2Coach.Telemetry.Tests.dll ]]; then
  for proj in tests/*/*.csproj; do
    run_project "$(basename "$proj" .csproj)" "$proj"
  done

  # 4. The replay decoder's simpler paths, as a CPU without AVX-512 (or without any vector
  #    instructions) runs them: the codec tests again with those instruction sets switched off.
  note "replay decoder on CPUs without AVX-512 / without vectors"
  DOTNET_EnableAVX512F=0 run_project Recording.NoAvx512 tests/Ets2Coach.Recording.Tests/Ets2Coach.Recording.Tests.csproj --filter "FullyQualifiedName~Format"
  DOTNET_EnableHWIntrinsic=0 run_project Recording.Scalar tests/Ets2Coach.Recording.Tests/Ets2Coach.Recording.Tests.csproj --filter "FullyQualifiedName~Format"
fi

echo
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
