// Runs the browser search client in Node against a built site's static index.
// Usage: node run-client.js SEARCH_JS SITE_DIR QUERIES_JSON  -> prints [[key, ...], ...] (top 10 per query)
const fs = require('fs');
const path = require('path');
const [searchJs, siteDir, queriesFile] = process.argv.slice(2);
const { Engine } = require(path.resolve(searchJs));
const engine = new Engine('/search/', url => Promise.resolve(JSON.parse(fs.readFileSync(path.join(siteDir, url), 'utf8'))));
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
(async () => {
  const out = [];
  for (const q of queries) {
    const res = await engine.search(q.q, { limit: 10, filters: q.filters || {} });
    const rows = await engine.describe(res.hits);
    out.push(rows.map(r => r.key));
  }
  process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });
