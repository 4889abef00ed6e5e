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
