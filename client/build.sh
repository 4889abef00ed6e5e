#!/usr/bin/env bash
# Builds the search client: the modules in client/src/ (the source, edit these), joined in the order of
# client/modules.txt into one script and minified by terser -> static/js/search.js (what sites ship;
# committed, so building a site needs no Node). The first line of the output names a SHA-256 of the
# modules it was made from: of `sha256sum client/src/<module>...` run in the repository root over the
# modules in build order (each file's hash and path, one line each). MinifiedClientTest recomputes it
# and fails when it disagrees, so run this after every edit of a module or of the order. Needs Node 18+
# and npm (terser, from the npm registry, is installed into client/node_modules, not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
[ -x node_modules/.bin/terser ] || npm install --no-audit --no-fund >/dev/null
# The build order: client/modules.txt without its comments and blank lines.
mapfile -t modules < <(grep -v -e '^#' -e '^[[:space:]]*$' modules.txt | sed 's|^|client/src/|')
cd "$here/.."
for m in "${modules[@]}"; do [ -f "$m" ] || { echo "client/modules.txt names $m, which does not exist" >&2; exit 1; }; done
for f in client/src/*.js; do
  printf '%s\n' "${modules[@]}" | grep -qxF "$f" || { echo "$f is not in client/modules.txt: add it where it belongs in the order" >&2; exit 1; }
done
sum="$(sha256sum "${modules[@]}" | sha256sum | cut -d' ' -f1)"
out=static/js/search.js
{
  echo "/* hub search client, minified from the modules of client/modules.txt (sha256 $sum) by client/build.sh: edit those, then run the script. */"
  # One script (the modules are parts of one function), read by terser from stdin: the same bytes
  # from the same sources. ascii_only: non-ASCII characters stay \u escapes, so the file means the
  # same whatever charset a host declares.
  cat "${modules[@]}" | client/node_modules/.bin/terser --compress --mangle --comments false --format ascii_only=true
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "$out: $(wc -c < "$out") bytes ($(gzip -6c "$out" | wc -c) gzipped) from ${#modules[@]} modules ($(cat "${modules[@]}" | wc -c) bytes)"
