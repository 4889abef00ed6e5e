// How deep in impact order a top-10 query must read each term's postings before the top 10 is
// settled, on a built site's static index (bench/search: "Why multi-word queries read whole lists").
//   node bench/search/depth.js SITE/public/search TERM [TERM ...]     (index terms, e.g. commun plan)
// Prints the depth at which the client's rule (no random access: every top-10 document seen in every
// list, the 10th above every other bound) settles when reading all lists in step, and the depth at
// which Fagin's threshold algorithm would settle if a document's impact in any list could be looked
// up (random access), with the number of documents it would have to look up.
const fs = require('fs');
const path = require('path');
const [dir, ...terms] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const read = f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
const BITS = new Int32Array(1), FLOAT = new Float32Array(BITS.buffer);
function decode(part, d, v) {
  for (let i = 0; i < part.length; i += 2) {
    BITS[0] = i ? BITS[0] - part[i] : part[i];
    for (let j = 0, doc = 0; j < part[i + 1].length; j++) { doc += part[i + 1][j]; d.push(doc); v.push(FLOAT[0]); }
  }
}
function list(t) {
  let c = 0;
  for (let i = 0; i < m.terms.first.length; i++) if (m.terms.first[i] <= t) c = i;
  const e = read(`t.${m.terms.hash}.${c}.json`)[t];
  if (!e) throw new Error('no term ' + t);
  const d = [], v = [];
  decode(e[1], d, v);
  for (let from = m.head, size = 4 * m.head, i = 0; e[2] && from < e[0]; from += size, size *= 4, i++) decode(read(`x.${e[2]}.${i}.json`), d, v);
  return { d, v };
}
const lists = terms.map(list);
function nraSettles(depth, k = 10) {
  const docs = new Map();
  lists.forEach((l, li) => {
    for (let i = 0; i < Math.min(depth, l.d.length); i++) {
      let r = docs.get(l.d[i]);
      if (!r) docs.set(l.d[i], r = { s: 0, seen: lists.map(() => false) });
      r.s += l.v[i]; r.seen[li] = true;
    }
  });
  const bound = lists.map(l => depth >= l.d.length ? 0 : l.v[depth - 1]);
  const rows = [...docs.values()].map(r => ({ s: r.s, up: r.s + r.seen.reduce((a, s, li) => a + (s ? 0 : bound[li]), 0) }));
  rows.sort((a, b) => b.s - a.s);
  if (rows.length < k || rows.slice(0, k).some(r => r.up > r.s)) return false;
  return rows[k - 1].s > Math.max(bound.reduce((a, b) => a + b, 0), ...rows.slice(k).map(r => r.up));
}
const longest = Math.max(...lists.map(l => l.d.length));
let nra = longest;
for (let dep = 24; dep < longest; dep *= 2) if (nraSettles(dep)) { nra = dep; break; }
const all = lists.map(l => new Map(l.d.map((d, i) => [d, l.v[i]])));
let ta = null;
for (let dep = 1; dep <= longest; dep++) {
  const seen = new Set();
  lists.forEach(l => { for (let i = 0; i < Math.min(dep, l.d.length); i++) seen.add(l.d[i]); });
  const scores = [...seen].map(d => all.reduce((a, mp) => a + (mp.get(d) || 0), 0)).sort((a, b) => b - a);
  const threshold = lists.reduce((a, l) => a + (dep >= l.d.length ? 0 : l.v[dep - 1]), 0);
  if (scores.length >= 10 && scores[9] >= threshold) { ta = { depth: dep, lookups: seen.size }; break; }
}
console.log(`postings: ${lists.map((l, i) => terms[i] + ' ' + l.d.length).join(', ')}`);
console.log(`no random access (the client): settles at depth ${nra >= longest ? 'never before the end (' + longest + ')' : nra}`);
console.log(`threshold algorithm with random access: depth ${ta ? ta.depth : '-'}, ${ta ? ta.lookups : '-'} documents looked up`);
