// First-query bytes without a browser: runs the shipped client (static/js/search.js) in Node over a built site's
// static index for the queries of bench.js, and sums the gzip sizes (zlib level 6, as bench.js's server gzips) of
// the client, the manifest and every index file the query reads up to its top 10 with titles and excerpts (bench.js's
// "first query: client + index to results", without HTTP headers). Deterministic: fit for a busy machine, unlike the
// timings of bench.js. Usage: node bench/search/bytes.js SITE_DIR   (prints one line per query, KiB)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const siteDir = process.argv[2];
const { Engine } = require(path.resolve(siteDir, 'js/search.js'));
const queries = [
  ['community', 'common word'], ['services', 'common word'], ['partnership', 'common word'], ['withdrawn', 'rare word'],
  ['oversaw', 'rare word'], ['gorbals', 'absent word'], ['participatory budgeting', 'two words'], ['community planning', 'two words'],
  ['"community planning"', 'phrase'], ['partic', 'prefix', true], ['leader', 'prefix', true], ['comunity', 'typo'],
  ['what helps community engagement with young people in rural areas?', 'question']];
const gz = file => zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
(async () => {
  const client = gz(path.join(siteDir, 'js/search.js'));
  for (const [q, kind, prefix] of queries) {
    const read = new Set();
    const fetchJson = url => { read.add(url); return Promise.resolve(JSON.parse(fs.readFileSync(path.join(siteDir, url), 'utf8'))); };
    const engine = new Engine('/search/', fetchJson);
    await engine.describe(await engine.search(q, { limit: 10, prefix: !!prefix }));
    let bytes = client;
    for (const url of read) bytes += gz(path.join(siteDir, url));
    console.log(`${(bytes / 1024).toFixed(1)}\t${read.size} files\t${kind}\t${q}`);
  }
})().catch(e => { console.error(e); process.exit(1); });
