/* query-plan.js: E.plan, a query's text in index terms (clauses of alternative terms, and quoted
   phrases), the same steps as QueryPlan.java: stop words, exact words, completions of the word being
   typed, one-typo corrections of rare words, theme synonyms. Uses tokenizer.js and the engine. */
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
