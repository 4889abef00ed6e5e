// Search bench: bytes and time per query of the static search client, in headless Chromium over
// loopback, read from the browser's network log; Pagefind side by side on the same pages.
// Usage: node bench/search/bench.js SITE_DIR [--pagefind]   (see bench/search/run.sh)
// Prints JSON: per query, cold (first query after page load) and warm (a later query) bytes and times.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

const [site, flag] = process.argv.slice(2);
const QUERIES = [
  { q: 'community', kind: 'common word' },
  { q: 'services', kind: 'common word' },
  { q: 'partnership', kind: 'common word' },
  { q: 'withdrawn', kind: 'rare word' },
  { q: 'oversaw', kind: 'rare word' },
  { q: 'gorbals', kind: 'absent word' },
  { q: 'participatory budgeting', kind: 'two words' },
  { q: 'community planning', kind: 'two words' },
  { q: '"community planning"', kind: 'phrase' },
  { q: 'partic', kind: 'prefix', typing: true },
  { q: 'leader', kind: 'prefix', typing: true },
  { q: 'comunity', kind: 'typo' },
  { q: 'what helps community engagement with young people in rural areas?', kind: 'question' },
].filter(q => !process.env.ONLY || process.env.ONLY.split(',').includes(q.kind));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

// A static server that gzips text, as a static host would (Pagefind's files are already compressed).
function serve(root) {
  return new Promise(resolve => {
    const server = http.createServer((req, res) => {
      let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path.join(root, p);
      if (p.endsWith('/')) file = path.join(file, 'index.html');
      if (!file.startsWith(root) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
      const ext = path.extname(file);
      let body = fs.readFileSync(file);
      const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Cache-Control': 'max-age=31536000' };
      if (TYPES[ext] && ext !== '.wasm' && /gzip/.test(req.headers['accept-encoding'] || '')) {
        body = zlib.gzipSync(body, { level: 6 });
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function open(browser, base) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + '/search/');
  await page.waitForFunction(() => window.HubSearch);
  await page.evaluate(() => performance.setResourceTimingBufferSize(100000));
  return { ctx, page };
}

async function hub(browser, base) {
  const out = [];
  for (let i = 0; i < QUERIES.length; i++) {
    const q = QUERIES[i], prev = QUERIES[(i + QUERIES.length - 1) % QUERIES.length];
    let { ctx, page } = await open(browser, base);
    // The client, and what it fetches as soon as the page is ready (the manifest), before anything is typed.
    await page.waitForLoadState('networkidle');
    const clientBytes = await page.evaluate(() => performance.getEntriesByType('resource').filter(e => /\/js\/search\.js|\/search\/./.test(e.name)).reduce((s, e) => s + e.transferSize, 0));
    const cold = await run(page, q);
    cold.clientBytes = clientBytes;
    await ctx.close();
    ({ ctx, page } = await open(browser, base));
    await run(page, prev);
    const warm = await run(page, q);
    out.push({ query: q.q, kind: q.kind, cold, warm, warmAfter: prev.q });
    await ctx.close();
  }
  return out;
}

// Runs one query through the page's form (typing mode for prefixes), waits for the results and then
// the counts; bytes from Resource Timing (transferSize: compressed body and headers, 0 when cached).
async function run(page, q) {
  await page.fill('#search-q', '');
  await page.waitForTimeout(150);
  return page.evaluate(({ text, typing }) => new Promise(resolve => {
    const list = document.getElementById('search-results'), status = document.getElementById('search-status');
    const input = document.getElementById('search-q'), mark = performance.getEntriesByType('resource').length;
    let t0, results = null;
    const done = () => {
      const counts = performance.now();
      setTimeout(() => {
        const rows = performance.getEntriesByType('resource').slice(mark).filter(e => /\/search\/./.test(e.name));
        const upTo = t => rows.filter(e => e.responseEnd <= t).reduce((s, e) => s + e.transferSize, 0);
        resolve({ resultsMs: Math.round(results - t0), countsMs: Math.round(counts - t0), resultsBytes: upTo(results),
          totalBytes: upTo(Infinity), requests: rows.length, status: status.textContent });
      }, 300);
    };
    new MutationObserver(() => { if (results === null) results = performance.now(); }).observe(list, { childList: true });
    new MutationObserver((m, o) => { if (status.textContent) { o.disconnect(); if (results === null) results = performance.now(); done(); } })
      .observe(status, { childList: true, characterData: true, subtree: true });
    input.value = text;
    if (typing) {
      input.dispatchEvent(new Event('input'));
      t0 = performance.now() + 100; // the page waits 100 ms after the last keystroke: not search time
    } else {
      t0 = performance.now();
      document.getElementById('search-form').requestSubmit();
    }
  }), { text: q.q, typing: !!q.typing });
}

async function pagefind(browser, base) {
  const out = [];
  const measure = (page, text) => page.evaluate(async text => {
    const mark = performance.getEntriesByType('resource').length, t0 = performance.now();
    window.pf = window.pf || await import('/pagefind/pagefind.js');
    const r = await window.pf.search(text);
    await Promise.all(r.results.slice(0, 10).map(x => x.data()));
    const ms = performance.now() - t0;
    await new Promise(res => setTimeout(res, 300));
    const rows = performance.getEntriesByType('resource').slice(mark).filter(e => /\/pagefind\//.test(e.name));
    return { resultsMs: Math.round(ms), resultsBytes: rows.reduce((s, e) => s + e.transferSize, 0), requests: rows.length, total: r.results.length };
  }, text);
  for (let i = 0; i < QUERIES.length; i++) {
    const q = QUERIES[i], prev = QUERIES[(i + QUERIES.length - 1) % QUERIES.length];
    let { ctx, page } = await open(browser, base);
    const cold = await measure(page, q.q);
    await ctx.close();
    ({ ctx, page } = await open(browser, base));
    await measure(page, prev.q);
    const warm = await measure(page, q.q);
    out.push({ query: q.q, kind: q.kind, cold, warm });
    await ctx.close();
  }
  return out;
}

(async () => {
  const root = path.resolve(site);
  const server = await serve(root);
  const base = 'http://127.0.0.1:' + server.address().port;
  const browser = await chromium.launch({ executablePath: process.env.HUB_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const result = { site: root, hub: await hub(browser, base) };
  if (flag === '--pagefind' && fs.existsSync(path.join(root, 'pagefind'))) result.pagefind = await pagefind(browser, base);
  await browser.close();
  server.close();
  process.stdout.write(JSON.stringify(result, null, 1) + '\n');
})().catch(e => { console.error(e); process.exit(1); });
