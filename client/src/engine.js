/* engine.js: the Engine, to whose prototype (E) the later modules add their methods: fetches index
   files by name and caches them, reads the manifest and checks its format version, looks up the sorted,
   chunked tables (a range of the dictionary, a term's chunk); also the facet table and a document's
   term sequences. */
  /* The index format this client reads: the manifest's "version" (written by StaticIndex.java, see
     docs/SEARCH-INDEX.md). Raise it with the format, in both places. */
  var INDEX_VERSION = 4;
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
  /* The manifest, once its version is checked: an index of another format (the site's index and its
     js/search.js from different builds) fails every search with an IndexVersionError, whose message
     is fit to show, instead of being misread. */
  E.manifest = function () {
    if (!this.checked) this.checked = this.load('manifest.json').then(function (m) {
      var v = m && m.version;
      if (v === INDEX_VERSION) return m;
      var e = new Error('The search index was made by a different version of hub (index format ' + (JSON.stringify(v) || 'none')
        + '; this page reads format ' + INDEX_VERSION + '): rebuild the site.');
      e.name = 'IndexVersionError';
      throw e;
    });
    return this.checked;
  };
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
  E.facetTable = async function () { var m = await this.manifest(); return this.load(m.facets); };
  /* A document's term sequences: one string of numbers (postings.js) per field, read as arrays of term ids. */
  E.seq = async function (doc) { var m = await this.manifest(); return (await this.load(m.seqDir + doc + '.json')).map(numbers); };
