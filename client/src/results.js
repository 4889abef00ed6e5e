/* results.js: E.describe, the metadata of the results shown, with the title and an excerpt whose
   matched words are in <mark> (from the PDF's text, said so, when only that matches); esc() escapes HTML here and in ui.js. */
  /* Metadata of shown results only, with an excerpt around the first matched word, matches in <mark>. */
  E.describe = async function (res) {
    var m = await this.manifest(), self = this, marks = {};
    (res.terms || []).forEach(function (t) { var l = self.lists[t]; if (l) l.entry[3].forEach(function (s) { marks[s] = 1; }); });
    return Promise.all(res.hits.map(async function (h) {
      var d = await self.load(m.docDir + h.doc + '.json');
      return { key: d.key, title: d.title, url: d.url, type: d.type, date: d.date, score: h.score,
        titleHtml: highlight(d.title, marks, 0), excerpt: excerpt(d, marks, res.terms || []) };
    }));
  };
  /* The excerpt around the first match in the summary and page text; when that shows no match and a query term
     is one the publication holds only in its PDF (d.pdfOnly), the opening of the PDF's text (d.pdf), prefixed as hub
     search prefixes an excerpt from the PDF (Excerpt.IN_PDF). */
  function excerpt(d, marks, terms) {
    var page = d.summary + ' \u2026 ' + d.text;
    var inPdf = d.pdfOnly && !matches(page, marks) && terms.some(function (t) { return d.pdfOnly.indexOf(t) >= 0; });
    return inPdf ? 'in the PDF: ' + highlight(d.pdf, marks, 240) : highlight(page, marks, 240);
  }
  function matches(text, marks) { return tokens(text).some(function (t) { return marks[t.w]; }); }
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
