// Ranks the judged queries with the browser client as sites ship it (static/js/search.js), in Node over a built
// site's static index, and prints one line per query: its id, then the URLs of its top 100, tab-separated (the
// format Relevance.java scores and writes for `hub search`).
// Usage: node client.js SEARCH_JS SITE_DIR QUERIES_TSV
const fs = require('fs');
const path = require('path');
const [searchJs, siteDir, queriesFile] = process.argv.slice(2);
const { Engine } = require(path.resolve(searchJs));
const fetchJson = url => Promise.resolve(JSON.parse(fs.readFileSync(path.join(siteDir, url), 'utf8')));
const queries = fs.readFileSync(queriesFile, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));
(async () => {
  let out = '';
  for (const [id, , text] of queries) {
    const engine = new Engine('/search/', fetchJson);
    const rows = await engine.describe(await engine.search(text, { limit: 100 }));
    out += [id].concat(rows.map(r => r.url)).join('\t') + '\n';
  }
  process.stdout.write(out);
})().catch(e => { console.error(e); process.exit(1); });
