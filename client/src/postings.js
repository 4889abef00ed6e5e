/* postings.js: a term's postings as loaded so far (E.list), the head from its term chunk, then its
   tail blocks (E.more, E.complete), decoded from the index's impact-ordered, gap-coded parts. */
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
  /* A part of a list: [first impact, impacts, sizes, docs], the last three strings of numbers, grouped by
     impact: group g has sizes[g] documents, ascending, written as its first and then gaps. An impact is the
     bits of a float: the first whole, each next group's as how much smaller its bits are (impacts[g - 1]). */
  var BITS = new Int32Array(1), FLOAT = new Float32Array(BITS.buffer);
  function add(l, part) {
    if (part.length) {
      var diffs = numbers(part[1]), sizes = numbers(part[2]), docs = numbers(part[3]), k = 0;
      for (var g = 0; g < sizes.length; g++) {
        BITS[0] = g ? BITS[0] - diffs[g - 1] : part[0];
        var v = FLOAT[0];
        for (var j = 0, doc = 0; j < sizes[g]; j++) { doc += docs[k++]; l.d.push(doc); l.v.push(v); }
      }
    }
    l.full = l.next >= l.tails.length;
    l.bound = l.full ? 0 : l.v[l.v.length - 1];
  }
  /* Non-negative integers from a string of base-64 digits (Base64Numbers.java): little-endian, five bits
     a digit, a digit's value from 32 up meaning more follow. */
  var DIGIT = new Int8Array(128);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach(function (c, i) { DIGIT[c.charCodeAt(0)] = i; });
  function numbers(s) {
    var out = [], n = 0, scale = 1;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charCodeAt(i)];
      if (d >= 32) { n += (d - 32) * scale; scale *= 32; } else { out.push(n + d * scale); n = 0; scale = 1; }
    }
    return out;
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
