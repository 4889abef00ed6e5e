// Runs the browser search client (static/js/search.js) in Node over a built site's static index.
// Usage: node run-client.js SEARCH_JS SITE_DIR JOB_JSON
//   job {"queries": [{"q", "prefix", "filters", "sort"}]} -> [{"keys", "urls", "scores", "keysAll", "total", "facets", "bytes", "bytesAll", "tails", "tailsAll"}]
//   (bytes and tail blocks read for the top 10 and their metadata; ...All: with every posting loaded)
//   a query's "offset" asks for a later page; with "more": true, the engine that counted (every posting loaded, as the
//   search page has it) is then asked for the next 10 as the page's "show more" asks: "moreKeys" and "moreFiles" (what it fetched)
//   job {"texts": ["..."]}                                 -> [["surface", ...], ...] (the client's analysis)
//   with "errors": true, a query whose search rejects gives {"error": {"name", "message"}} instead of failing the run
//   (an unhandled rejection still fails it: Node exits non-zero)
const fs = require('fs');
const path = require('path');
const [searchJs, siteDir, jobFile] = process.argv.slice(2);
const { Engine, surfaces } = require(path.resolve(searchJs));
const job = JSON.parse(fs.readFileSync(jobFile, 'utf8'));
let bytes = 0, tails = 0, fetched = [];
const fetchJson = url => new Promise(resolve => {
  fetched.push(url);
  const text = fs.readFileSync(path.join(siteDir, url), 'utf8');
  bytes += Buffer.byteLength(text);
  if (/\/x\.[^/]*$/.test(url)) tails++;
  resolve(JSON.parse(text));
});
(async () => {
  if (job.texts) {
    process.stdout.write(JSON.stringify(job.texts.map(t => surfaces(t))));
    return;
  }
  const out = [];
  for (const q of job.queries) {
    try {
      out.push(await query(q));
    } catch (e) {
      if (!job.errors) throw e;
      out.push({ error: { name: e.name, message: e.message } });
    }
  }
  process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });

async function query(q) {
  const opts = { limit: 10, offset: q.offset || 0, filters: q.filters || {}, sort: q.sort || 'relevance', prefix: !!q.prefix };
  bytes = 0; tails = 0;
  const engine = new Engine('/search/', fetchJson);
  const res = await engine.search(q.q, opts);
  const rows = await engine.describe(res);
  const first = bytes, firstTails = tails;
  bytes = 0; tails = 0;
  const fresh = new Engine('/search/', fetchJson);
  const all = await fresh.search(q.q, Object.assign({}, opts, { all: true }));
  const allRows = await fresh.describe(all);
  const everything = bytes, allTails = tails;
  let more = {};
  if (q.more) {
    fetched = [];
    const next = await fresh.search(q.q, Object.assign({}, opts, { offset: opts.offset + 10 }));
    const nextRows = await fresh.describe(next);
    more = { moreKeys: nextRows.map(r => r.key), moreFiles: fetched.slice() };
  }
  return { ...more, keys: rows.map(r => r.key), urls: rows.map(r => r.url), scores: res.hits.map(h => h.score), excerpts: rows.map(r => r.excerpt),
    keysAll: allRows.map(r => r.key), total: all.total, facets: all.facets, bytes: first, bytesAll: everything, tails: firstTails, tailsAll: allTails };
}
