/* ranking.js: E.search, the top k of a query plan: per document the best impact of each clause,
   summed, over the postings loaded so far, fetching more until the top k is settled; then filters,
   date order, phrase checks (E.phraseIn) and facet counts. Uses postings.js and the engine. */
  /* Scores from what is loaded: per document the best impact of each clause, summed; with upper bounds
     for what is not. Postings are taken in as they arrive (each round adds only the new ones), into arrays
     indexed by document number; a document's row is made once and updated each round. A superseded or withdrawn
     publication's score and bound are multiplied by its factor from the manifest's "demoted" ([doc, factor]), after
     the sum, as Searcher.java does; the factors are powers of two, so the products are exact and equal Lucene's. The
     bound of unseen documents stays undemoted: still an upper bound. */
  function Scores(clauses, lists, n, demoted) {
    this.clauses = clauses; this.lists = lists; this.done = []; this.rows = [];
    var factor = this.factor = new Float64Array(n).fill(1);
    (demoted || []).forEach(function (e) { factor[e[0]] = e[1]; });
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
      r.score = Math.fround(lower) * this.factor[r.doc]; r.upper = upper * this.factor[r.doc];
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

  /* query: text; opts: {limit, offset, filters: {type, theme, place, year}, sort: 'relevance'|'date', prefix, all}.
     Blank text with a filter browses (E.browse, browse.js).
     Returns {hits: [{doc, score}], total (null until everything is loaded), plan}. With opts.all
     (or filters, date order or phrases) every posting is loaded, total is exact and facets counted. */
  E.search = async function (text, opts) {
    opts = opts || {};
    var f = opts.filters || {}, offset = opts.offset || 0;
    if (!String(text).trim() && (f.type || f.theme || f.place || f.year)) return this.browse(f, opts);
    /* A later page ("show more"): the top offset + limit is settled, the page is its end. */
    var k = (opts.limit || 10) + offset, self = this;
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
    var scores = new Scores(plan.clauses, lists, m.docs, m.demoted), s = scores.update();
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
      if (!opts.all) return { hits: rows.slice(offset, k), total: null, plan: plan, terms: terms };
    }
    if (opts.all) facets = countFacets(rows, await this.facetTable());
    return { hits: rows.slice(offset, k), total: everything ? rows.length : null, facets: facets, plan: plan, terms: terms };
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
