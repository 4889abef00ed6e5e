/* hub search: queries the static index the build exports (search/manifest.json; format in
   docs/SEARCH-INDEX.md), in the browser or in Node. A score is a sum of impacts Lucene computed at
   build time, so results rank exactly as `hub search` ranks them. No dependencies. */
(function (root) {
  'use strict';

  /* --- Analysis: the words Lucene's standard tokenizer cuts (Unicode word rules), possessive
     dropped, lower case, accents folded. Stemming is not needed: the dictionary maps these
     surface forms to index terms. */
  var MID_LETTER = ':\u00b7\u0387\u05f4\u2027\ufe13\ufe55\uff1a', MID_NUM = ',;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b';
  var MID_BOTH = ".'\u2018\u2019\u2024\ufe52\uff07\uff0e";
  var FOLD = { '\u00e6': 'ae', '\u0153': 'oe', '\u00f8': 'o', '\u00df': 'ss', '\u0142': 'l', '\u0111': 'd', '\u00f0': 'd', '\u00fe': 'th',
    '\u0131': 'i', '\u0127': 'h', '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u2032': "'", '\uff07': "'", '\ufb01': 'fi', '\ufb02': 'fl' };
  function kind(c) {
    if (c >= '0' && c <= '9') return 'N';
    if (c === '_') return 'X';
    if (c >= '\u0300' && c <= '\u036f' || c === '\u00ad' || c === '\u200d') return 'M';
    if (c.toLowerCase() !== c.toUpperCase() || c === '\u00aa' || c === '\u00ba' || c === '\u00df') return 'L';
    return '';
  }
  /* Tokens with their offsets: [{w: surface form, s: start, e: end}]. */
  function tokens(text) {
    var out = [], i = 0, n = text.length;
    while (i < n) {
      var k = kind(text[i]);
      if (k !== 'L' && k !== 'N' && k !== 'X') { i++; continue; }
      var start = i, last = k, word = k !== 'X';
      i++;
      while (i < n) {
        var c = text[i], ck = kind(c);
        if (ck === 'M') { i++; continue; }
        if (ck === 'L' || ck === 'N' || ck === 'X') { if (ck !== 'X') word = true; last = ck; i++; continue; }
        var next = i + 1 < n ? kind(text[i + 1]) : '';
        var ok = (last === 'L' && next === 'L' && (MID_LETTER.indexOf(c) >= 0 || MID_BOTH.indexOf(c) >= 0))
          || (last === 'N' && next === 'N' && (MID_NUM.indexOf(c) >= 0 || MID_BOTH.indexOf(c) >= 0));
        if (!ok) break;
        i += 2;
        last = next;
      }
      if (word) out.push({ w: normalise(text.slice(start, i)), s: start, e: i });
    }
    return out;
  }
  function normalise(t) {
    if (/['\u2019\uff07][sS]$/.test(t)) t = t.slice(0, -2);
    t = t.toLowerCase();
    if (/[^\x00-\x7f]/.test(t)) t = t.normalize('NFD').replace(/[\u0300-\u036f\u00ad\u200d]/g, '').replace(/[^\x00-\x7f]/g, function (c) { return FOLD[c] || c; });
    return t;
  }
  function surfaces(text) { return tokens(text).map(function (t) { return t.w; }); }

  /* One insertion, deletion, substitution or swap of neighbours. */
  function oneEdit(a, b) {
    var la = a.length, lb = b.length, i = 0;
    if (Math.abs(la - lb) > 1 || a === b) return false;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }
  function byDfThenWord(a, b) { return b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); }
  function termOf(e) { return e[1] === 0 ? e[0] : e[1]; }

  /* --- The engine: fetches only the chunks a query needs, caches everything it fetched. */
  function Engine(base, fetchJson) {
    this.base = base;
    this.fetchJson = fetchJson || function (url) { return fetch(url).then(function (r) { if (!r.ok) throw new Error(url + ': ' + r.status); return r.json(); }); };
    this.cache = {};
    this.lists = {};
  }
  var E = Engine.prototype;
  E.load = function (file) {
    var url = this.base + file;
    if (!this.cache[url]) this.cache[url] = this.fetchJson(url);
    return this.cache[url];
  };
  E.manifest = function () { return this.load('manifest.json'); };
  /* Entries of a sorted, chunked table whose keys lie in [lo, hi). */
  E.range = async function (table, lo, hi) {
    var m = await this.manifest(), r = m[table].first, files = [];
    for (var i = 0; i < r.length; i++) {
      var end = i + 1 < r.length ? r[i + 1] : null;
      if ((end === null || end > lo) && r[i] < hi) files.push(table[0] + '.' + m[table].hash + '.' + i + '.json');
    }
    var self = this, chunks = await Promise.all(files.map(function (f) { return self.load(f); }));
    return chunks;
  };
  E.dict = async function (lo, hi) {
    var out = [];
    (await this.range('dict', lo, hi)).forEach(function (c) { c.forEach(function (e) { if (e[0] >= lo && e[0] < hi) out.push(e); }); });
    return out;
  };
  E.term = async function (t) {
    var chunks = await this.range('terms', t, t + '\u0000');
    for (var i = 0; i < chunks.length; i++) if (Object.prototype.hasOwnProperty.call(chunks[i], t)) return chunks[i][t];
    return null;
  };

  /* The query in index terms: the same steps as QueryPlan.java. */
  E.plan = async function (text, prefix) {
    var m = await this.manifest(), p = m.params, stop = {}, self = this;
    m.stop.forEach(function (w) { stop[w] = 1; });
    /* The words, each marked when it stands between a pair of quotes (an unclosed quote quotes nothing):
       a quoted word is taken exactly, with no completions, corrections or synonyms. */
    var parts = text.split('"'), words = [], quoted = [];
    parts.forEach(function (part, i) {
      surfaces(part).forEach(function (w) { words.push(w); quoted.push(i % 2 === 1 && i < parts.length - 1); });
    });
    var lastIsPrefix = !!prefix && words.length > 0 && !/[\s"]$/.test(text);
    /* Theme synonyms found in the unquoted words add their label's words: looked up alongside the query's own. */
    var joined = ' ' + words.map(function (w, i) { return quoted[i] ? '"' : w; }).join(' ') + ' ', labels = [];
    m.synonyms.forEach(function (syn) {
      if (joined.indexOf(' ' + syn[0].join(' ') + ' ') >= 0) syn[1].forEach(function (lw) { if (!stop[lw]) labels.push(lw); });
    });
    var labelLookups = Promise.all(labels.map(function (lw) { return self.dict(lw, lw + '\u0000'); }));
    /* Exact look-ups first; the (larger) range of a word's first two letters only for a typo candidate search. */
    var lookups = await Promise.all(words.map(async function (w, i) {
      if (stop[w]) return null;
      var typed = !quoted[i], isPrefix = typed && lastIsPrefix && i === words.length - 1 && w.length >= p.prefixMin;
      var es = await self.dict(w, isPrefix ? w + '\uffff' : w + '\u0000'), e = es.filter(function (x) { return x[0] === w; })[0];
      var typo = typed && !(lastIsPrefix && i === words.length - 1) && w.length >= p.typoMin && (!e || e[2] <= p.rareDf);
      if (typo) es = await self.dict(w.slice(0, 2), w.slice(0, 2) + '\uffff');
      return { w: w, es: es, isPrefix: isPrefix, typed: typed };
    }));
    var clauses = [], used = {}, phrases = [], impossible = false, entries = {};
    /* The dictionary entry of each index term met: [surface, term, df, id]. */
    function note(es) { es.forEach(function (e) { if (!entries[termOf(e)]) entries[termOf(e)] = e; }); }
    lookups.forEach(function (l) { if (l) note(l.es); });
    function exact(es, w) { for (var i = 0; i < es.length; i++) if (es[i][0] === w) return es[i]; return null; }
    function addBest(terms, cands, max) {
      cands.sort(byDfThenWord);
      for (var i = 0, added = 0; i < cands.length && added < max; i++) {
        var t = termOf(cands[i]);
        if (terms.indexOf(t) < 0) { terms.push(t); added++; }
      }
    }
    lookups.forEach(function (l) {
      if (!l) return;
      var w = l.w, e = exact(l.es, w), terms = e ? [termOf(e)] : [];
      if (l.isPrefix) {
        addBest(terms, l.es.filter(function (c) { return c[0] !== w; }), p.prefixTerms);
      } else if (lastIsPrefix && l === lookups[lookups.length - 1]) {
        /* the word being typed, too short for completions: exact only */
      } else if (l.typed && w.length >= p.typoMin && (!e || e[2] <= p.rareDf)) {
        var df = e ? e[2] : 0;
        addBest(terms, l.es.filter(function (c) { return c[2] > df && oneEdit(w, c[0]); }), p.typoTerms);
      }
      terms = terms.filter(function (t) { return !used[t]; });
      if (terms.length) { clauses.push(terms); terms.forEach(function (t) { used[t] = 1; }); }
    });
    (await labelLookups).forEach(function (es, j) {
      note(es);
      var e2 = exact(es, labels[j]);
      if (e2 && !used[termOf(e2)]) { used[termOf(e2)] = 1; clauses.push([termOf(e2)]); }
    });
    var re = /"([^"]*)"/g, q;
    while ((q = re.exec(text))) {
      var ws = surfaces(q[1]), ph = { terms: [], pos: [] };
      for (var k = 0; k < ws.length; k++) {
        if (stop[ws[k]]) continue;
        var e3 = exact(await this.dict(ws[k], ws[k] + '\u0000'), ws[k]);
        if (!e3) impossible = true; else { ph.terms.push(termOf(e3)); ph.pos.push(k); }
      }
      if (ph.terms.length) { ph.pos = ph.pos.map(function (x) { return x - ph.pos[0]; }); phrases.push(ph); }
    }
    return { clauses: clauses, phrases: phrases, impossible: impossible, entries: entries };
  };

  /* A term's postings as loaded so far: {d: [docs], v: [impacts], full, bound, entry}. */
  E.list = async function (t) {
    if (!this.lists[t]) {
      var e = await this.term(t) || [0, [], 0, [], 0], l = { d: [], v: [], tails: tailFiles(await this.manifest(), e[0], e[4]), next: 0, entry: e };
      add(l, e[1]);
      this.lists[t] = l;
    }
    return this.lists[t];
  };
  /* The files of a term's tail blocks, x.<hash>.<term id>.<i>.json: after the head, blocks of 4, 16, 64, ...
     times its size, as many as its df needs. */
  function tailFiles(m, df, id) {
    var out = [];
    for (var from = m.head, size = 4 * m.head; from < df; from += size, size *= 4) out.push('x.' + m.tails + '.' + id + '.' + out.length + '.json');
    return out;
  }
  /* A part of a list: [impact, [doc, gap, ...], ...], the documents of one impact ascending. An impact
     is the bits of a float: the part's first whole, each next as how much smaller its bits are. */
  var BITS = new Int32Array(1), FLOAT = new Float32Array(BITS.buffer);
  function add(l, part) {
    for (var i = 0; i < part.length; i += 2) {
      BITS[0] = i ? BITS[0] - part[i] : part[i];
      var v = FLOAT[0], g = part[i + 1];
      for (var j = 0, doc = 0; j < g.length; j++) { doc += g[j]; l.d.push(doc); l.v.push(v); }
    }
    l.full = l.next >= l.tails.length;
    l.bound = l.full ? 0 : l.v[l.v.length - 1];
  }
  /* The next n blocks of a term's postings (one unless told), fetched together. */
  E.more = function (l, n) {
    if (l.full) return Promise.resolve();
    if (l.loading) return l.loading;
    var self = this, files = l.tails.slice(l.next, l.next + (n || 1));
    l.loading = Promise.all(files.map(function (f) { return self.load(f); })).then(function (blocks) {
      blocks.forEach(function (block) { l.next++; add(l, block); });
      l.loading = null;
    });
    return l.loading;
  };
  E.complete = async function (l) { while (!l.full) await this.more(l, l.tails.length); };

  /* Scores from what is loaded: per document the best impact of each clause, summed; with upper bounds
     for what is not. Postings are taken in as they arrive (each round adds only the new ones), into arrays
     indexed by document number; a document's row is made once and updated each round. */
  function Scores(clauses, lists, n) {
    this.clauses = clauses; this.lists = lists; this.done = []; this.rows = [];
    var terms = this.terms = [], clauseOf = this.clauseOf = [];
    clauses.forEach(function (c, ci) { c.forEach(function (t) { terms.push(t); clauseOf.push(ci); }); });
    this.best = new Float64Array(n * clauses.length); this.seen = new Uint8Array(n * terms.length); this.row = new Int32Array(n).fill(-1);
  }
  Scores.prototype.update = function () {
    var nc = this.clauses.length, nt = this.terms.length, best = this.best, seen = this.seen, row = this.row, rows = this.rows;
    for (var ti = 0; ti < nt; ti++) {
      var l = this.lists[this.terms[ti]], ci = this.clauseOf[ti];
      for (var i = this.done[ti] || 0; i < l.d.length; i++) {
        var d = l.d[i];
        if (row[d] < 0) { row[d] = rows.length; rows.push({ doc: d, score: 0, upper: 0 }); }
        if (l.v[i] > best[d * nc + ci]) best[d * nc + ci] = l.v[i];
        seen[d * nt + ti] = 1;
      }
      this.done[ti] = l.d.length;
    }
    /* A clause's bound for a document not seen in some of its lists: the highest of those lists' bounds. */
    var bounds = this.terms.map(function (t) { return this.lists[t].bound; }, this), unseen = 0, clauseOf = this.clauseOf;
    var miss = new Float64Array(nc);
    for (ti = 0; ti < nt; ti++) if (bounds[ti] > miss[clauseOf[ti]]) miss[clauseOf[ti]] = bounds[ti];
    for (ci = 0; ci < nc; ci++) unseen += miss[ci];
    for (var j = 0; j < rows.length; j++) {
      var r = rows[j], lower = 0, upper = 0;
      miss.fill(0);
      for (ti = 0; ti < nt; ti++) if (!seen[r.doc * nt + ti] && bounds[ti] > miss[clauseOf[ti]]) miss[clauseOf[ti]] = bounds[ti];
      for (ci = 0; ci < nc; ci++) { var b = best[r.doc * nc + ci]; lower += b; upper += Math.max(b, miss[ci]); }
      r.score = Math.fround(lower); r.upper = upper;
    }
    /* Unsorted: a round only needs the top k (settled); the caller sorts once, at the end. */
    return { rows: rows, unseen: unseen };
  };
  function better(a, b) { return a.score > b.score || (a.score === b.score && a.doc < b.doc); }
  function byScore(a, b) { return b.score - a.score || a.doc - b.doc; }
  /* True when what is loaded already decides the top k exactly: they are exact and the k-th is above
     every other document's bound. */
  function settled(s, k) {
    if (s.rows.length < k) return false;
    var top = [], rows = s.rows;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      if (top.length === k && !better(r, top[k - 1])) continue;
      var j = top.length < k ? top.length : k - 1;
      while (j > 0 && better(r, top[j - 1])) { top[j] = top[j - 1]; j--; }
      top[j] = r;
    }
    var rest = Math.fround(s.unseen), kth = top[k - 1];
    for (i = 0; i < rows.length; i++) {
      r = rows[i];
      var inTop = !better(kth, r);
      if (inTop) { if (Math.fround(r.upper) !== r.score) return false; } else if (Math.fround(r.upper) > rest) rest = Math.fround(r.upper);
    }
    return kth.score > rest;
  }

  E.facetTable = async function () { var m = await this.manifest(); return this.load(m.facets); };
  E.seq = async function (doc) { var m = await this.manifest(); return this.load(m.seqDir + doc + '.json'); };
  /* A document's term sequences are term ids per field (0 for a stop word's gap); phrases carry their terms' ids. */
  E.phraseIn = async function (doc, phrases) {
    var fields = await this.seq(doc);
    return phrases.every(function (p) {
      return fields.some(function (w) {
        outer: for (var i = 0; i < w.length; i++) {
          for (var j = 0; j < p.ids.length; j++) if (w[i + p.pos[j]] !== p.ids[j]) continue outer;
          return true;
        }
        return false;
      });
    });
  };

  /* query: text; opts: {limit, filters: {type, theme, place, year}, sort: 'relevance'|'date', prefix, all}.
     Returns {hits: [{doc, score}], total (null until everything is loaded), plan}. With opts.all
     (or filters, date order or phrases) every posting is loaded, total is exact and facets counted. */
  E.search = async function (text, opts) {
    opts = opts || {};
    var k = opts.limit || 10, self = this, f = opts.filters || {};
    var plan = await this.plan(text, opts.prefix);
    if (plan.impossible || !plan.clauses.length) return { hits: [], total: 0, facets: {}, plan: plan, terms: [] };
    var terms = [].concat.apply([], plan.clauses), lists = {}, m = await this.manifest();
    var filtered = f.type || f.theme || f.place || f.year, everything = opts.all || filtered || opts.sort === 'date' || plan.phrases.length;
    /* Tail blocks are fetched with the term chunks (the dictionary gave each term's df and id), not a round later:
       all of them when everything is needed; the first of each when several clauses must agree, since the
       heads alone rarely settle a top 10 then. A single clause usually settles from its head. */
    terms.forEach(function (t) {
      var e = plan.entries[t], files = e ? tailFiles(m, e[2], e[3]) : [];
      files.slice(0, everything ? files.length : plan.clauses.length > 1 ? 1 : 0).forEach(function (file) { self.load(file); });
    });
    (await Promise.all(terms.map(function (t) { return self.list(t); }))).forEach(function (l, i) { lists[terms[i]] = l; });
    if (everything) await Promise.all(terms.map(function (t) { return self.complete(lists[t]); }));
    /* One block of each unfinished list in the first round (already on its way), then two: a query the first block
       does not settle usually needs more, and each round costs a round trip. */
    var scores = new Scores(plan.clauses, lists, m.docs), s = scores.update();
    for (var round = 0; !settled(s, k); round++) {
      var open = terms.filter(function (t) { return !lists[t].full; });
      if (!open.length) break;
      await Promise.all(open.map(function (t) { return self.more(lists[t], round ? 2 : 1); }));
      s = scores.update();
    }
    var rows = s.rows.slice().sort(byScore), facets = null;
    if (filtered || opts.sort === 'date' || opts.all) {
      var ft = await this.facetTable();
      rows = rows.filter(function (r) {
        var x = ft.rows[r.doc];
        return (!f.type || ft.type[x[0]] === f.type) && (!f.year || ft.year[x[1]] === String(f.year))
          && (!f.theme || x[2].some(function (i) { return ft.theme[i] === f.theme; }))
          && (!f.place || x[3].some(function (i) { return ft.place[i] === f.place; }));
      });
      if (opts.sort === 'date') rows.sort(function (a, b) { var da = ft.rows[a.doc][4], db = ft.rows[b.doc][4]; return da < db ? 1 : da > db ? -1 : a.doc - b.doc; });
    }
    if (plan.phrases.length) {
      await Promise.all(plan.phrases.map(async function (p) {
        p.ids = await Promise.all(p.terms.map(async function (t) { return (await self.term(t))[4]; }));
      }));
      /* Verify in order, a batch at a time, only as far as needed (all of them when counting). */
      var kept = [];
      for (var i = 0; i < rows.length && (opts.all || kept.length < k); i += k) {
        var batch = rows.slice(i, i + k), ok = await Promise.all(batch.map(function (r) { return self.phraseIn(r.doc, plan.phrases); }));
        batch.forEach(function (r, j) { if (ok[j]) kept.push(r); });
      }
      rows = kept;
      if (!opts.all) return { hits: rows.slice(0, k), total: null, plan: plan, terms: terms };
    }
    if (opts.all) facets = countFacets(rows, await this.facetTable());
    return { hits: rows.slice(0, k), total: everything ? rows.length : null, facets: facets, plan: plan, terms: terms };
  };
  function countFacets(rows, ft) {
    var c = { type: {}, year: {}, theme: {}, place: {} };
    function inc(name, v) { c[name][v] = (c[name][v] || 0) + 1; }
    rows.forEach(function (r) {
      var x = ft.rows[r.doc];
      inc('type', ft.type[x[0]]); inc('year', ft.year[x[1]]);
      x[2].forEach(function (i) { inc('theme', ft.theme[i]); });
      x[3].forEach(function (i) { inc('place', ft.place[i]); });
    });
    return c;
  }

  /* Metadata of shown results only, with an excerpt around the first matched word, matches in <mark>. */
  E.describe = async function (res) {
    var m = await this.manifest(), self = this, marks = {};
    (res.terms || []).forEach(function (t) { var l = self.lists[t]; if (l) l.entry[3].forEach(function (s) { marks[s] = 1; }); });
    return Promise.all(res.hits.map(async function (h) {
      var d = await self.load(m.docDir + h.doc + '.json');
      return { key: d.key, title: d.title, url: d.url, type: d.type, date: d.date, score: h.score,
        titleHtml: highlight(d.title, marks, 0), excerpt: highlight(d.summary + ' \u2026 ' + d.text, marks, 240) };
    }));
  };
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function highlight(text, marks, width) {
    var ts = tokens(text).filter(function (t) { return marks[t.w]; }), from = 0, to = text.length;
    if (width) {
      var at = ts.length ? ts[0].s : 0;
      from = Math.max(0, at - width / 3); to = Math.min(text.length, from + width);
      while (from > 0 && text[from - 1] !== ' ') from--;
      while (to < text.length && text[to] !== ' ') to++;
    }
    var out = from > 0 ? '\u2026' : '', pos = from;
    ts.forEach(function (t) { if (t.s >= pos && t.e <= to) { out += esc(text.slice(pos, t.s)) + '<mark>' + esc(text.slice(t.s, t.e)) + '</mark>'; pos = t.e; } });
    return out + esc(text.slice(pos, to)) + (to < text.length ? '\u2026' : '');
  }

  var api = { Engine: Engine, surfaces: surfaces, tokens: tokens, oneEdit: oneEdit };
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }
  root.HubSearch = api;
  if (typeof document === 'undefined') return;

  /* --- The search page: results as you type, facets, sort, shareable URL, keyboard. */
  function start() {
    var app = document.getElementById('search-app');
    if (!app) return;
    var engine = new Engine(app.getAttribute('data-index'));
    engine.manifest().catch(function () { /* reported by the first search */ });
    var input = document.getElementById('search-q'), list = document.getElementById('search-results');
    var status = document.getElementById('search-status'), facetsBox = document.getElementById('search-facets');
    var sortBox = document.getElementById('search-sort'), keys = ['q', 'type', 'theme', 'place', 'year', 'sort'];
    var NAMES = { type: 'Type', theme: 'Theme', place: 'Place', year: 'Year' }, state = {}, seq = 0, timer = null, typing = false;
    function readUrl() {
      var p = new URLSearchParams(location.search);
      keys.forEach(function (k) { state[k] = p.get(k) || ''; });
      input.value = state.q;
      sortBox.value = state.sort === 'date' ? 'date' : 'relevance';
    }
    function writeUrl(push) {
      var p = new URLSearchParams();
      keys.forEach(function (k) { if (state[k] && !(k === 'sort' && state[k] === 'relevance')) p.set(k, state[k]); });
      var url = location.pathname + (String(p) ? '?' + p : '');
      if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    }
    async function run() {
      var my = ++seq, q = state.q;
      if (!q.trim()) { list.innerHTML = ''; status.textContent = ''; facetsBox.innerHTML = ''; return; }
      var opts = { limit: 10, filters: { type: state.type, theme: state.theme, place: state.place, year: state.year }, sort: state.sort, prefix: typing };
      try {
        var res = await engine.search(q, opts), rows = await engine.describe(res);
        if (my !== seq) return;
        list.innerHTML = rows.map(function (r) {
          return '<li class="item"><p class="item-meta">' + esc(r.type) + ' \u00b7 <time datetime="' + esc(r.date) + '">' + esc(r.date.slice(0, 4)) + '</time></p>'
            + '<h2 class="item-title"><a href="' + esc(r.url) + '">' + r.titleHtml + '</a></h2><p class="item-summary">' + r.excerpt + '</p></li>';
        }).join('');
        if (!rows.length) { status.textContent = 'No results for \u201c' + q + '\u201d. Try fewer or other words, or browse by theme.'; facetsBox.innerHTML = ''; return; }
        /* Counts need every posting: fetched after the first results are on screen. A phrase would
           need every candidate's text, so phrase results are not counted. */
        if (res.plan.phrases.length) { status.textContent = 'Results containing the phrase, best first.'; facetsBox.innerHTML = ''; return; }
        opts.all = true;
        var all = await engine.search(q, opts);
        if (my !== seq) return;
        status.textContent = all.total + ' result' + (all.total === 1 ? '' : 's') + ' for \u201c' + q + '\u201d' + (all.total > rows.length ? ', showing the first ' + rows.length : '') + '.';
        var labels = (await engine.facetTable()).labels;
        facetsBox.innerHTML = ['type', 'theme', 'place', 'year'].map(function (k) {
          var c = all.facets[k] || {}, names = Object.keys(c).sort();
          if (state[k] && names.indexOf(state[k]) < 0) names.unshift(state[k]);
          if (!names.length) return '';
          var lab = labels[k] || {};
          return '<label>' + NAMES[k] + ' <select data-facet="' + k + '"><option value="">Any</option>' + names.map(function (n) {
            return '<option value="' + esc(n) + '"' + (state[k] === n ? ' selected' : '') + '>' + esc(lab[n] || n) + ' (' + (c[n] || 0) + ')</option>';
          }).join('') + '</select></label>';
        }).join(' ');
      } catch (e) {
        if (my === seq) status.textContent = 'Search is unavailable (' + e.message + '). Browse by theme, place or year instead.';
      }
    }
    input.addEventListener('input', function () {
      state.q = input.value; typing = true;
      clearTimeout(timer);
      timer = setTimeout(function () { writeUrl(false); run(); }, 100);
    });
    /* Arrow keys move between the box and the results; Escape goes back to the box. */
    input.addEventListener('keydown', function (e) {
      var first = list.querySelector('a');
      if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
    });
    list.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a')), i = links.indexOf(document.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown' && i + 1 < links.length) { e.preventDefault(); links[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
      if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
    });
    document.getElementById('search-form').addEventListener('submit', function (e) {
      e.preventDefault(); clearTimeout(timer); state.q = input.value; typing = false; writeUrl(true); run();
    });
    facetsBox.addEventListener('change', function (e) {
      var k = e.target.getAttribute('data-facet');
      if (k) { state[k] = e.target.value; typing = false; writeUrl(true); run(); }
    });
    sortBox.addEventListener('change', function () { state.sort = sortBox.value === 'date' ? 'date' : ''; typing = false; writeUrl(true); run(); });
    window.addEventListener('popstate', function () { readUrl(); typing = false; run(); });
    readUrl();
    run();
  }

  /* --- The header box: a WAI-ARIA 1.2 combobox (list autocomplete, no automatic selection)
     whose listbox suggests up to 5 publications, ranked by the same engine as the search page.
     The base template loads this file on the first focus of the box. Enter with no option
     chosen is left to the browser: the form GETs the search page, as it does without JavaScript. */
  function suggest() {
    var input = document.getElementById('header-q');
    if (!input || input.hasAttribute('data-ready')) return;
    input.setAttribute('data-ready', '');
    var form = input.form, box = document.getElementById('header-q-list'), status = document.getElementById('header-q-status');
    var engine = new Engine(form.getAttribute('data-index')), rows = [], active = -1, seq = 0, timer = null;
    engine.manifest().catch(function () { /* reported by the first search */ });
    /* Escape closed the list: suggestions still arriving for what was typed stay hidden until the next key. */
    var dismissed = false;
    function select(i) {
      active = i;
      for (var j = 0; j < box.children.length; j++) box.children[j].setAttribute('aria-selected', j === i ? 'true' : 'false');
      if (i < 0) input.removeAttribute('aria-activedescendant'); else input.setAttribute('aria-activedescendant', box.children[i].id);
    }
    function show(open) {
      box.hidden = !open;
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open) select(-1);
    }
    function clear() { seq++; rows = []; box.innerHTML = ''; show(false); status.textContent = ''; }
    async function run() {
      var my = ++seq, q = input.value;
      if (q.trim().length < 2) { clear(); return; }
      try {
        var found = await engine.describe(await engine.search(q, { limit: 5, prefix: true }));
        if (my !== seq) return;
        rows = found;
        box.innerHTML = rows.map(function (r, i) {
          return '<li id="header-q-opt-' + i + '" role="option" aria-selected="false"><span class="suggest-title">' + r.titleHtml
            + '</span> <span class="suggest-meta">' + esc(r.type) + ' \u00b7 ' + esc(r.date.slice(0, 4)) + '</span></li>';
        }).join('');
        /* Results that arrive after the box lost focus are kept for ArrowDown but not shown. */
        show(rows.length > 0 && document.activeElement === input && !dismissed);
        status.textContent = rows.length ? rows.length + ' suggestion' + (rows.length === 1 ? '' : 's') : 'No matches';
      } catch (e) {
        if (my === seq) clear();
      }
    }
    input.addEventListener('input', function () { dismissed = false; select(-1); clearTimeout(timer); timer = setTimeout(run, 150); });
    input.addEventListener('keydown', function (e) {
      if (e.isComposing) return;  /* keys that belong to an input method's own candidate list */
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!rows.length) return;
        e.preventDefault();
        dismissed = false;
        var n = rows.length, down = e.key === 'ArrowDown';
        if (box.hidden) show(true);
        select(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n);
      } else if (e.key === 'Enter' && active >= 0 && !box.hidden) {
        e.preventDefault();
        location.assign(rows[active].url);
      } else if (e.key === 'Escape') {
        /* First Escape closes the list, the second clears the box (what type=search does natively). */
        dismissed = true;
        if (!box.hidden) { e.preventDefault(); show(false); } else if (input.value) { e.preventDefault(); input.value = ''; clear(); }
      }
    });
    /* Tab, a click elsewhere or leaving the page closes the list; a click on an option keeps the
       focus in the box (mousedown) and opens the publication. */
    input.addEventListener('blur', function () { show(false); });
    window.addEventListener('pagehide', function () { show(false); });
    box.addEventListener('mousedown', function (e) { e.preventDefault(); });
    box.addEventListener('click', function (e) {
      var li = e.target.closest('[role=option]'), i = Array.prototype.indexOf.call(box.children, li);
      if (i >= 0) location.assign(rows[i].url);
    });
    /* Typed before this file arrived. */
    if (input.value.trim() && document.activeElement === input) run();
  }
  function init() { start(); suggest(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})(this);
