#!/usr/bin/env bash
# Minifies the search client: client/search.js (the source, edit this) -> static/js/search.js (what
# sites ship; committed, so building a site needs no Node). The first line of the output names the
# SHA-256 of the source it was made from; MinifiedClientTest fails when the two disagree, so run this
# after every edit of client/search.js. Needs Node 18+ and npm (terser, from the npm registry, is
# installed into client/node_modules, not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
[ -x node_modules/.bin/terser ] || npm install --no-audit --no-fund >/dev/null
sum="$(sha256sum search.js | cut -d' ' -f1)"
out="$here/../static/js/search.js"
{
  echo "/* hub search client, minified from client/search.js (sha256 $sum) by client/build.sh: edit that file, then run the script. */"
  # ascii_only: non-ASCII characters stay \u escapes, so the file means the same whatever charset a host declares.
  node_modules/.bin/terser search.js --compress --mangle --comments false --format ascii_only=true
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "static/js/search.js: $(wc -c < "$out") bytes ($(gzip -6c "$out" | wc -c) gzipped) from client/search.js ($(wc -c < search.js) bytes)"
