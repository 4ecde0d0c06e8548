#!/usr/bin/env bash
# Second half of CI: the unit tests built with AddressSanitizer + UndefinedBehaviorSanitizer
# (gcc), then each libFuzzer target (clang) replayed on its regression files and seed corpus and
# run for a short burst. Exits non-zero on any failure or crash.
#   tools/ci-sanitizers.sh [SECONDS_PER_FUZZER]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
burst="${1:-20}"

"$root/tools/install-packages.sh" clang libclang-rt-14-dev

echo "== unit tests under ASan + UBSan"
cmake -S "$root" -B "$root/build-asan" -DAIMAP_SANITIZE=ON -DAIMAP_BUILD_BENCH=OFF \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-asan" -j"$(nproc)" --target aimap aimap_core_tests aimap_render_tests aimap_cli_tests aimap_memory_tests \
      aimap_app_tests aimap_structure_tests
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
(cd "$root/build-asan" && ctest -L unit --output-on-failure -j2)

echo "== fuzz targets"
CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -DAIMAP_FUZZ=ON -DAIMAP_BUILD_TESTS=OFF \
      -DAIMAP_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-fuzz" -j"$(nproc)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A seeds=(
  [fuzz_dataset_json]="$root/tests/fixtures/datasets $root/tests/fixtures/datasets/bad $root/data/ai-cities.json"
  [fuzz_city_csv]="$root/tests/fixtures/csv"
  [fuzz_enterprise_csv]="$root/tests/fixtures/csv"
  [fuzz_talk_json]="$root/tests/fixtures/talks/bad $root/data/talks"
  [fuzz_panels]="$root/tests/fixtures/datasets $root/tests/fixtures/datasets/odd $root/tests/fixtures/csv $root/data/ai-cities.json"
)
for target in fuzz_dataset_json fuzz_city_csv fuzz_enterprise_csv fuzz_talk_json fuzz_panels; do
  exe="$root/build-fuzz/fuzz/$target"
  regressions="$root/fuzz/regressions/$target"
  if compgen -G "$regressions/*" >/dev/null; then
    echo "-- $target: replaying $(ls "$regressions" | wc -l) regression file(s)"
    "$exe" -runs=0 "$regressions"/* >/dev/null 2>&1 || { "$exe" "$regressions"/*; exit 1; }
  fi
  corpus="$work/$target"
  mkdir -p "$corpus"
  for s in ${seeds[$target]}; do
    if [[ -d "$s" ]]; then find "$s" -maxdepth 1 -type f -exec cp {} "$corpus/" \; ; else cp "$s" "$corpus/"; fi
  done
  echo "-- $target: $(ls "$corpus" | wc -l) seeds, ${burst}s burst"
  if ! "$exe" -max_total_time="$burst" -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$work/$target-" "$corpus" >"$work/$target.log" 2>&1; then
    tail -40 "$work/$target.log"
    mkdir -p "$regressions"
    for a in "$work/$target"-*; do
      [[ -f "$a" ]] && cp "$a" "$regressions/" && echo "new crash kept as fuzz/regressions/$target/$(basename "$a"): commit it and fix the bug"
    done
    exit 1
  fi
  grep -E "^Done" "$work/$target.log" || true
done
echo "sanitizers and fuzzers: no failures"
