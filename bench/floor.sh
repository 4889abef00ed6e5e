#!/usr/bin/env bash
# The libraries' floor: how long Flexmark and Lucene alone take for a corpus (bench/LibraryFloor.java, a fresh JVM with
# the JIT options the launcher picks for that site), alternating with a clean `./hub build` and Hugo's build of the same
# documents, so that the three meet the same machine.
#
#   bench/floor.sh                # N = 1000 and 10000, 3 runs of each
#   RUNS=5 bench/floor.sh 1000
#
# Needs the corpora of bench/build.sh (bench/work/<N> and bench/work/<N>-hugo; REUSE=1 bench/build.sh makes them) and
# Hugo on the PATH. Prints each run and the medians; the sites go to a temporary folder (on /dev/shm when there is one),
# deleted at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
runs="${RUNS:-3}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
cd "$repo"
./hub --version >/dev/null
command -v hugo >/dev/null || { echo "floor: hugo is not on the PATH" >&2; exit 1; }
# The sites go to a tmpfs when there is one: creating many files on this machine's ext4 is slow and varies from
# run to run (docs/BENCHMARKS.md, "Files"), and this compares the tools' own work. OUTPUT_ROOT=DIR for another place.
root="${OUTPUT_ROOT:-/dev/shm}"; [ -d "$root" ] && [ -w "$root" ] || root="${TMPDIR:-/tmp}"
classes="$(mktemp -d)"; out="$(mktemp -d -p "$root")"
trap 'rm -rf "$classes" "$out"' EXIT
javac -cp generator/target/hub.jar -d "$classes" bench/LibraryFloor.java
# The first build after the launcher compiles records its class-data-sharing archive: not timed (as in bench/build.sh).
./hub build --out "$out/warmup/public" >"$out/warmup.log" 2>&1 || { cat "$out/warmup.log" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for n in "${sizes[@]}"; do
  [ -d "bench/work/$n/content" ] && [ -d "bench/work/$n-hugo" ] || { echo "floor: no corpus bench/work/$n (run REUSE=1 bench/build.sh $n)" >&2; exit 1; }
  # The JIT options the launcher would choose for this site (they depend on its number of Markdown files).
  jit=($(HUB_DRY_RUN=1 ./hub build --config "bench/work/$n/site-config.yml" | tr ' ' '\n' | grep -E '^-XX:(TieredStopAtLevel|FreqInlineSize|InlineSmallCode|MaxInlineLevel)=' || true))
  : >"$out/m-floor" ; : >"$out/m-hugo" ; : >"$out/m-hub"
  for r in $(seq "$runs"); do
    rm -rf "$out/hub"
    /usr/bin/time -f '%e %M' -o "$out/t" ./hub build --config "bench/work/$n/site-config.yml" --out "$out/hub/public" >"$out/hub.log" 2>&1 \
      || { cat "$out/hub.log" >&2; exit 1; }
    read -r wall rss <"$out/t"; echo "$wall" >>"$out/m-hub"
    echo "N=$n run $r hub build: $wall s wall, $((rss / 1024)) MiB"
    line="$(/usr/bin/time -f '%e %M' -o "$out/t" java -XX:+UseParallelGC -Xmx3g "${jit[@]}" -cp "generator/target/hub.jar:$classes" LibraryFloor "bench/work/$n" | tail -n 1)"
    read -r wall rss <"$out/t"; echo "$wall" >>"$out/m-floor"
    echo "N=$n run $r libraries alone: $wall s wall, $((rss / 1024)) MiB ($line)"
    rm -rf "$out/site"
    /usr/bin/time -f '%e %M' -o "$out/t" hugo --quiet -s "bench/work/$n-hugo" -d "$out/site"
    read -r wall rss <"$out/t"; echo "$wall" >>"$out/m-hugo"
    echo "N=$n run $r Hugo: $wall s wall, $((rss / 1024)) MiB"
  done
  b="$(median <"$out/m-hub")"; f="$(median <"$out/m-floor")"; h="$(median <"$out/m-hugo")"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
  echo "N=$n: medians: hub build $b s, libraries alone $f s, Hugo $h s; libraries alone / Hugo $(ratio "$f" "$h")x," \
    "hub / Hugo $(ratio "$b" "$h")x, hub / libraries alone $(ratio "$b" "$f")x (JIT options: ${jit[*]:-none})"
done
