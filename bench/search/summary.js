// Prints a Markdown table from a bench.js result file: node bench/search/summary.js RESULT_JSON
'use strict';
const r = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const kb = b => (b / 1024).toFixed(1);
const pf = {};
(r.pagefind || []).forEach(x => { pf[x.query] = x; });
console.log('| query | kind | first query: client + index to results (KiB) | + counts (KiB) | later query to results / + counts (KiB) | results (ms) | counts (ms) | Pagefind first / later (KiB) | Pagefind (ms) |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const x of r.hub) {
  const p = pf[x.query];
  console.log(`| \`${x.query}\` | ${x.kind} | ${kb(x.cold.clientBytes + x.cold.resultsBytes)} | ${kb(x.cold.clientBytes + x.cold.totalBytes)} | ${kb(x.warm.resultsBytes)} / ${kb(x.warm.totalBytes)} | ${x.cold.resultsMs} (later ${x.warm.resultsMs}) | ${x.cold.countsMs} | ${p ? kb(p.cold.resultsBytes) + ' / ' + kb(p.warm.resultsBytes) : '-'} | ${p ? p.cold.resultsMs + ' (later ' + p.warm.resultsMs + ')' : '-'} |`);
}
