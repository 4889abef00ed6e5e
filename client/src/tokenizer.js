/* tokenizer.js: a text's words as the index has them (Lucene's standard tokenizer, possessive
   dropped, lower case, accents folded): tokens(), with offsets for highlighting, and surfaces().
   Uses nothing from the other modules. */
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
