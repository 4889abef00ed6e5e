#!/usr/bin/env bash
# Relevance bench: builds the archive once per configuration of search settings, ranks the judged queries
# (queries.tsv, judgements.tsv) with `hub search`'s searcher and with the shipped browser client, checks the two
# rankings are identical (top 100 of every query), and prints nDCG@10, MAP and recall@100, overall and per kind of
# query. README.md in this folder says how the queries were judged.
#
#   bench/relevance/run.sh                      # site-config.yml as it is ("default") and every configs/*.yml
#   bench/relevance/run.sh default before       # only these, side by side
#   WRITE_DOCS=1 bench/relevance/run.sh         # also replace the table in docs/BENCHMARKS.md
#
# A configuration configs/NAME.yml is a `search:` block (site-config.yml reference in README.md) that replaces the
# one in site-config.yml; keys it leaves out keep their defaults. Needs Java 17 and Node 18+. Each configuration
# builds a copy of the archive in bench/relevance/work/NAME (not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
./hub --version >/dev/null # compiles the generator once
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=(default)
  for f in "$here"/configs/*.yml; do names+=("$(basename "$f" .yml)"); done
fi
table="$here/work/table.md"
mkdir -p "$here/work"
{
  echo "| configuration | settings | nDCG@10 | MAP | recall@100 | nDCG@10 keywords | names | places | questions |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$table"
for name in "${names[@]}"; do
  site="$here/work/$name"
  rm -rf "$site" && mkdir -p "$site"
  cp -r content templates static "$site/"
  if [ "$name" = default ]; then
    cp site-config.yml "$site/site-config.yml"
    settings="site-config.yml as committed"
  else
    # site-config.yml without its search: block (the key and the indented lines under it), then the configuration's.
    awk '/^search:/{skip=1; next} skip && /^[ #]/{next} {skip=0; print}' site-config.yml > "$site/site-config.yml"
    cat "$here/configs/$name.yml" >> "$site/site-config.yml"
    settings="$(grep -v '^ *#' "$here/configs/$name.yml" | grep -v '^search:' | sed 's/^ *//' | paste -sd ';' - | sed 's/;/; /g')"
  fi
  ./hub build --config "$site/site-config.yml" --out "$site/public" --today 2026-01-01 > "$site/build.log" 2>&1 || { cat "$site/build.log"; exit 1; }
  java -cp generator/target/hub.jar hub.search.Relevance "$here" "$site/.hub" "$site/hub.tsv" > "$site/hub-scores.tsv"
  node "$here/client.js" static/js/search.js "$site/public" "$here/queries.tsv" > "$site/client.tsv"
  java -cp generator/target/hub.jar hub.search.Relevance --score "$here" "$site/client.tsv" > "$site/client-scores.tsv"
  if ! cmp -s "$site/hub.tsv" "$site/client.tsv"; then
    echo "$name: the browser client and hub search rank differently (diff $site/hub.tsv $site/client.tsv)" >&2
    exit 1
  fi
  row() { awk -F'\t' -v k="$1" -v c="$2" '$1==k{print $c}' "$site/hub-scores.tsv"; }
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$settings" "$(row all 2)" "$(row all 3)" "$(row all 4)" \
    "$(row keywords 2)" "$(row name 2)" "$(row place 2)" "$(row question 2)" >> "$table"
  echo "$name: $(row all 2) nDCG@10, $(row all 3) MAP, $(row all 4) recall@100 (hub search = browser client, top 100 of all $(row all 5) queries)" >&2
done
cat "$table"
if [ -n "${WRITE_DOCS:-}" ]; then
  # Between the markers in docs/BENCHMARKS.md: the table, and the date.
  awk -v t="$table" -v d="$(date -u +%Y-%m-%d)" '
    /<!-- relevance-table:begin -->/{print; print "Measured " d " by bench/relevance/run.sh:"; print ""; while ((getline l < t) > 0) print l; skip=1; next}
    /<!-- relevance-table:end -->/{skip=0}
    !skip{print}' docs/BENCHMARKS.md > "$here/work/BENCHMARKS.md"
  mv "$here/work/BENCHMARKS.md" docs/BENCHMARKS.md
fi
