#!/usr/bin/env bash
# Search bench: builds the 1,000 and 10,000 document bench corpora with hub, indexes the same pages
# with Pagefind, and measures bytes and time per query in headless Chromium over loopback
# (bench/search/bench.js). Results are JSON in bench/search/work/result-N.json; docs/BENCHMARKS.md
# ("Search") summarises them.
#
#   bench/search/run.sh            # N = 1000 and 10000
#   bench/search/run.sh 1000       # one size
#   NO_PAGEFIND=1 bench/search/run.sh
#
# Needs Java 17, Node 18+, Chromium (/usr/bin/chromium or $HUB_CHROMIUM) and npm for playwright-core
# and pagefind (installed into bench/search/node_modules, not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
cd "$here"
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund >/dev/null
cd "$repo"
./hub --version >/dev/null # compiles the generator once, untimed
for n in "${sizes[@]}"; do
  site="$here/work/$n"
  [ -d "$site/content" ] || java bench/GenerateCorpus.java "$n" "$site" >/dev/null
  rm -rf "$site/templates" "$site/static"
  cp -r templates static "$site/"
  ./hub build --config "$site/site-config.yml" --out "$site/public" --today 2026-01-01 --verbose 2> "$here/work/build-$n.log" >/dev/null
  grep -E "ms (search|markdown|related|render|write)|built" "$here/work/build-$n.log" || true
  du -sb "$site/public/search" | awk '{print "static index bytes: " $1}'
  du -sb "$repo/.hub/search-index" 2>/dev/null | awk '{print "lucene index bytes: " $1}' || true
  if [ -z "${NO_PAGEFIND:-}" ]; then
    start=$(date +%s.%N)
    "$here/node_modules/.bin/pagefind" --site "$site/public" > "$here/work/pagefind-$n.log" 2>&1
    echo "pagefind index: $(echo "$(date +%s.%N) - $start" | bc) s"
    node "$here/bench.js" "$site/public" --pagefind > "$here/work/result-$n.json"
  else
    node "$here/bench.js" "$site/public" > "$here/work/result-$n.json"
  fi
  node "$here/summary.js" "$here/work/result-$n.json"
done
