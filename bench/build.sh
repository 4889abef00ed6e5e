#!/usr/bin/env bash
# Build benchmark: times `hub build` (and Hugo, when installed) on generated corpora.
#
#   bench/build.sh                 # N = 1000 and 10000
#   bench/build.sh 2000 5000       # other sizes
#   RUNS=5 bench/build.sh 1000     # runs per tool and size (default 3)
#   NO_DOC=1 bench/build.sh        # print the table only, leave docs/BENCHMARKS.md alone
#   NO_HUGO=1 bench/build.sh       # skip Hugo even if it is installed
#   TEMPLATES=DIR bench/build.sh    # render with another templates/ folder (default: the project's)
#   HUGO_MAX=10000 bench/build.sh 30000 100000  # Hugo only up to this size (default 10000)
#   REUSE=1 bench/build.sh 100000  # keep a corpus already generated (the generator is deterministic)
#   NO_CHECK=1 bench/build.sh      # skip the hub check runs
#   OUTPUT_ROOT=/dev/shm/hub-bench bench/build.sh  # both tools write their sites there (e.g. a tmpfs), not beside the corpus
#
# Corpora go to bench/work/<N>/ (hub) and bench/work/<N>-hugo/ (Hugo), made by
# bench/GenerateCorpus.java (deterministic: the same N gives the same bytes). Every run is a clean
# build (the output folder is removed first, untimed). Wall time, CPU time and peak RSS come from
# /usr/bin/time -v. Results are printed as Markdown and added to docs/BENCHMARKS.md.
# The sites (and hub's work folder, .hub beside its site) go to bench/work/<N>/public and bench/work/<N>-hugo/public,
# or under OUTPUT_ROOT when it is set: on a file system where creating files is slow (this machine's ext4 after
# many deletions, docs/BENCHMARKS.md "Files"), a tmpfs there measures the tools' own work.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$here/work"
doc="$repo/docs/BENCHMARKS.md"
runs="${RUNS:-3}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
cd "$repo"

apt_install() { # Debian packages only
  if [ "$(id -u)" = 0 ]; then
    { apt-get install -y "$@" || { apt-get update -qq && apt-get install -y "$@"; }; } >/dev/null 2>&1
  else
    sudo -n apt-get install -y "$@" >/dev/null 2>&1
  fi
}

if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (Debian package 'time')" >&2
  apt_install time || { echo "bench: /usr/bin/time is missing and could not be installed" >&2; exit 1; }
fi
have_hugo=0
if [ -z "${NO_HUGO:-}" ]; then
  if ! command -v hugo >/dev/null 2>&1; then
    echo "bench: trying to install Debian's hugo package" >&2
    apt_install hugo || true
  fi
  command -v hugo >/dev/null 2>&1 && have_hugo=1
fi
[ $have_hugo = 1 ] || echo "bench: hugo not available; measuring hub only" >&2

# Compile the tool (and let it write its class-data archive) before anything is timed.
echo "bench: ./hub --version (compiles on first use; not timed)" >&2
mkdir -p "$work"
if ! ./hub --version >"$work/hub-version.out" 2>"$work/hub-version.err"; then
  echo "bench: ./hub --version failed:" >&2
  cat "$work/hub-version.out" "$work/hub-version.err" >&2
  exit 1
fi
hub_version="$(tail -n 1 "$work/hub-version.out")"
# The launcher records its class-data-sharing archive during the first build after compiling (that build is
# slower): make it now, untimed, with a build of the repository's own site.
echo "bench: ./hub build of the repository's site (writes the class-data archive; not timed)" >&2
rm -rf "$work/warmup"
./hub build --out "$work/warmup/public" >"$work/warmup.log" 2>&1 || { cat "$work/warmup.log" >&2; exit 1; }

# ---------------------------------------------------------------- machine
now="$(date -u +%Y-%m-%dT%H:%MZ)"
cores="$(nproc)"
cpu="$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)"
mem_gib="$(awk '/MemTotal/ {printf "%.1f", $2/1048576}' /proc/meminfo)"
java_v="$(java -version 2>&1 | head -n 1 | sed 's/^openjdk version /OpenJDK /; s/"//g')"
hugo_v="-"
[ $have_hugo = 1 ] && hugo_v="$(hugo version | awk '{print $2}' | sed 's/+.*//')"
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "no commit")"
if [ -n "$(git -C "$repo" status --porcelain -- generator pom.xml hub 2>/dev/null)" ]; then commit="$commit+uncommitted"; fi
machine="$cores cores${cpu:+ ($cpu)}, ${mem_gib} GiB RAM, $java_v, $hub_version at $commit, Hugo $hugo_v"

# ---------------------------------------------------------------- measuring
# Busy CPU time of the whole machine so far, in seconds (all cores), from /proc/stat.
busy_s() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / {printf "%.2f", ($2+$3+$4+$7+$8+$9)/hz}' /proc/stat; }

# Other processes share this machine (builds, tests): before each timed run wait, up to
# IDLE_WAIT seconds (default 300), until the machine is idle (under 15% of one core busy over 3 s).
wait_idle() {
  local waited=0 b0 b1
  while [ "$waited" -lt "${IDLE_WAIT:-300}" ]; do
    b0="$(busy_s)"; sleep 3; b1="$(busy_s)"
    awk -v a="$b0" -v b="$b1" 'BEGIN {exit !((b - a) / 3 < 0.15)}' && return 0
    waited=$((waited + 3))
  done
  echo "bench: machine still busy after ${IDLE_WAIT:-300} s; measuring anyway (see the 'other CPU' column)" >&2
}

# measure NAME command...   -> sets wall cpu sys rss status other
measure() {
  local tf="$1.time" log="$1.log" b0 b1; shift
  wait_idle
  b0="$(busy_s)"
  set +e
  /usr/bin/time -v -o "$tf" "$@" >"$log" 2>&1
  set -e
  b1="$(busy_s)"
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$tf")"
  cpu="$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tf")"
  sys="$(awk -F': ' '/System time/ {printf "%.2f", $2}' "$tf")"
  rss="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")"
  status="$(awk -F': ' '/Exit status/ {print $2}' "$tf")"
  [ -n "$status" ] || status="$(head -n 1 "$tf")"
  # CPU time that other processes used while this run went on (0 on a quiet machine).
  other="$(awk -v a="$b0" -v b="$b1" -v c="$cpu" 'BEGIN {o = b - a - c; printf "%.1f", (o < 0.05 ? 0 : o)}')"
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

rows=()
summary=()
header="| N docs | tool | run | wall (s) | CPU user+sys (s) | of which sys (s) | peak RSS (MiB) | files written | other CPU (s) | exit |"
sep="|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
echo
echo "Machine: $machine; $now"
echo
echo "$header"
echo "$sep"

hugo_max="${HUGO_MAX:-10000}"
stage_tables=()
for n in "${sizes[@]}"; do
  site="$work/$n"
  hsite="$work/$n-hugo"
  out="$site/public" hout="$hsite/public"
  if [ -n "${OUTPUT_ROOT:-}" ]; then out="$OUTPUT_ROOT/$n/public" hout="$OUTPUT_ROOT/$n-hugo/public"; mkdir -p "$OUTPUT_ROOT/$n" "$OUTPUT_ROOT/$n-hugo"; fi
  with_hugo=$have_hugo; [ "$n" -gt "$hugo_max" ] && with_hugo=0
  mkdir -p "$work"
  if [ -n "${REUSE:-}" ] && [ -f "$site/site-config.yml" ] && { [ $with_hugo = 0 ] || [ -d "$hsite" ]; }; then
    echo "bench: reusing the corpus in $site (REUSE is set; the generator is deterministic)" >&2
  else
    rm -rf "$site" "$hsite"
    gen_args=("$n" "$site")
    [ $with_hugo = 1 ] && gen_args+=(--hugo)
    java "$here/GenerateCorpus.java" "${gen_args[@]}" >&2
  fi
  # The bench site uses the project's own templates and static files, when it has any.
  tdir="${TEMPLATES:-$repo/templates}"
  rm -rf "$site/templates" "$site/static"
  if [ -d "$tdir" ] && [ -n "$(ls -A "$tdir")" ]; then cp -r "$tdir" "$site/templates"; fi
  if [ -d "$repo/static" ] && [ -n "$(find "$repo/static" -type f -print -quit)" ]; then cp -r "$repo/static" "$site/static"; fi

  hub_walls=(); hugo_walls=(); hub_rss=(); hugo_rss=(); check_walls=(); hub_logs=()
  # Runs alternate between the tools, so both meet the file system in the same state: on this machine's ext4
  # (no journal) creating files soon after deleting many is much slower, and each run starts by deleting the last
  # run's output.
  for i in $(seq 1 "$runs"); do
    # A clean build: the site folder and the work folder (.hub: the memos a later build starts from) both go.
    rm -rf "$out" "$(dirname "$out")/.hub"
    measure "$site/hub-run-$i" ./hub build --verbose --config "$site/site-config.yml" --out "$out"
    files="$(find "$out" -type f 2>/dev/null | wc -l)"
    # The launcher recompiles when someone changed the sources meanwhile: such a run is not comparable.
    recompiled=0 note=""
    if grep -q "compiling the generator" "$site/hub-run-$i.log"; then recompiled=1 note=" (recompiled: not counted)"; fi
    row="| $n | hub | $i | $wall | $cpu | $sys | $rss | $files | $other | $status$note |"
    echo "$row"; rows+=("$row")
    if [ $recompiled = 1 ]; then
      :
    elif [ "$status" != 0 ]; then
      echo "bench: hub build exited $status on N=$n; last lines of $site/hub-run-$i.log:" >&2
      tail -n 30 "$site/hub-run-$i.log" >&2
    else
      hub_walls+=("$wall"); hub_rss+=("$rss"); hub_logs+=("$wall $site/hub-run-$i.log")
    fi
    if [ $with_hugo = 1 ]; then
      rm -rf "$hout" "$hsite/resources"
      measure "$hsite/hugo-run-$i" hugo --quiet -s "$hsite" -d "$hout"
      files="$(find "$hout" -type f 2>/dev/null | wc -l)"
      row="| $n | Hugo $hugo_v | $i | $wall | $cpu | $sys | $rss | $files | $other | $status |"
      echo "$row"; rows+=("$row")
      if [ "$status" != 0 ]; then
        tail -n 30 "$hsite/hugo-run-$i.log" >&2
      else
        hugo_walls+=("$wall"); hugo_rss+=("$rss")
      fi
    fi
  done
  # hub check on the same corpus, with no work folder to start from (the slowest check an editor meets).
  if [ -z "${NO_CHECK:-}" ]; then
    for i in $(seq 1 "$runs"); do
      rm -rf "$site/.hub"
      measure "$site/check-run-$i" ./hub check --config "$site/site-config.yml"
      row="| $n | hub check | $i | $wall | $cpu | $sys | $rss | - | $other | $status |"
      echo "$row"; rows+=("$row")
      [ "$status" = 0 ] && check_walls+=("$wall")
    done
  fi

  # Verdict against the targets in docs/BENCHMARKS.md (medians of the successful runs).
  if [ ${#hub_walls[@]} -gt 0 ]; then
    hw="$(median "${hub_walls[@]}")"; hr="$(median "${hub_rss[@]}")"
    line="N=$n: hub median ${hw} s, ${hr} MiB, $(awk -v w="$hw" -v n="$n" 'BEGIN {printf "%.2f ms", 1000 * w / n}') per document"
    if [ ${#hugo_walls[@]} -gt 0 ]; then
      gw="$(median "${hugo_walls[@]}")"; gr="$(median "${hugo_rss[@]}")"
      ratio="$(awk -v a="$hw" -v b="$gw" 'BEGIN {printf "%.2f", a/b}')"
      limit=0.5; [ "$n" -lt 10000 ] && limit=1.0
      verdict="$(awk -v r="$ratio" -v l="$limit" 'BEGIN {print (r <= l) ? "meets" : "misses"}')"
      line="$line; Hugo median ${gw} s, ${gr} MiB; hub/Hugo wall ${ratio}x ($verdict the target of at most ${limit}x)"
    fi
    if [ ${#check_walls[@]} -gt 0 ]; then
      cw="$(median "${check_walls[@]}")"
      line="$line; hub check median ${cw} s ($(awk -v c="$cw" -v b="$hw" 'BEGIN {printf "%.2f", c/b}') of a build)"
    fi
    # Where the time goes: the stage times of the median run (hub build --verbose prints them).
    median_log="$(printf '%s\n' "${hub_logs[@]}" | sort -g | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')"
    table="$(awk -v n="$n" '/^  ms [a-z]/ {sub(/^  ms /, ""); k=$0; sub(/: [0-9]+$/, "", k); v=$NF; printf "| %s | %s | %.1f |\n", n, k, v/1000}' "$median_log")"
    stage_tables+=("$table")
  else
    line="N=$n: hub build failed on every run"
  fi
  summary+=("$line")
done

echo
for s in "${summary[@]}"; do echo "- $s"; done

# ---------------------------------------------------------------- docs/BENCHMARKS.md
if [ -z "${NO_DOC:-}" ] && [ -f "$doc" ]; then
  block="$(mktemp)"
  {
    echo "### $now"
    echo
    echo "Machine: $machine."
    o="bench/work/N/public" ho="bench/work/N-hugo/public"
    [ -n "${OUTPUT_ROOT:-}" ] && o="$OUTPUT_ROOT/N/public" ho="$OUTPUT_ROOT/N-hugo/public"
    echo "Commands: \`./hub build --verbose --config bench/work/N/site-config.yml --out $o\` (the site and its .hub/ deleted first),"
    echo "\`./hub check --config bench/work/N/site-config.yml\` (.hub/ deleted first)"
    [ $have_hugo = 1 ] && echo "and \`hugo --quiet -s bench/work/N-hugo -d $ho\`"
    [ -n "${OUTPUT_ROOT:-}" ] && echo "(OUTPUT_ROOT=$OUTPUT_ROOT: $(df -T "$OUTPUT_ROOT" | awk 'NR==2 {print $2}'))"
    echo "($runs clean runs each). Templates: ${TEMPLATES:-templates/ of the project}."
    echo
    echo "$header"
    echo "$sep"
    for r in "${rows[@]}"; do echo "$r"; done
    echo
    for s in "${summary[@]}"; do echo "- $s"; done
    if [ ${#stage_tables[@]} -gt 0 ]; then
      echo
      echo "Where the time goes (stages of the median hub run, wall seconds, from \`hub build --verbose\`):"
      echo
      echo "| N docs | stage | wall (s) |"
      echo "|---:|---|---:|"
      for t in "${stage_tables[@]}"; do echo "$t"; done
    fi
  } >"$block"
  if ! grep -q '<!-- results:start -->' "$doc"; then
    printf '\n## Results\n\n<!-- results:start -->\n<!-- results:end -->\n' >>"$doc"
  fi
  # Newest block first, right after the start marker.
  awk -v f="$block" '{print} /<!-- results:start -->/ {print ""; while ((getline l < f) > 0) print l}' "$doc" >"$doc.tmp"
  mv "$doc.tmp" "$doc"
  rm -f "$block"
  echo "bench: results added to docs/BENCHMARKS.md" >&2
fi
