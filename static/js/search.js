/* hub search: queries the static index the build exports (search/manifest.json), in the browser
   or in Node. Scores are sums of impacts Lucene computed at build time, so results rank as
   `hub search` ranks them. No dependencies. */
(function (root) {
  'use strict';

  /* Words as the index's tokenizer cuts them: lower case, accents folded, apostrophes kept inside words. */
  function words(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'")
      .split(/[^a-z0-9']+/).map(function (w) { return w.replace(/^'+|'+$/g, ''); }).filter(Boolean);
  }
  function prefixOf(w) { return (w.slice(0, 2).replace(/[^a-z0-9]/g, '_')) || '_'; }
  function within1(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0, j = 0, edits = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { i++; j++; continue; }
      if (++edits > 1) return false;
      if (a.length > b.length) i++; else if (b.length > a.length) j++; else { i++; j++; }
    }
    return edits + (a.length - i) + (b.length - j) <= 1;
  }

  function Engine(base, fetchJson) {
    this.base = base;
    this.fetchJson = fetchJson || function (url) { return fetch(url).then(function (r) { return r.json(); }); };
    this.cache = {};
  }
  Engine.prototype.load = function (file) {
    var url = this.base + file;
    if (!this.cache[url]) this.cache[url] = this.fetchJson(url);
    return this.cache[url];
  };
  Engine.prototype.manifest = function () { return this.load('manifest.json'); };
  Engine.prototype.chunk = function (kind, key) {
    var self = this;
    return this.manifest().then(function (m) {
      var f = m[kind][prefixOf(key)];
      return f ? self.load(f) : {};
    });
  };
  /* Index terms for a typed word: exact; for the word being typed, also its completions; for a long word not in the index, words one edit away. */
  Engine.prototype.terms = function (word, asPrefix) {
    return this.chunk('dict', word).then(function (dict) {
      var out = [];
      if (Object.prototype.hasOwnProperty.call(dict, word)) { if (dict[word]) out.push(dict[word]); if (!asPrefix) return out; }
      var keys = Object.keys(dict);
      if (asPrefix) {
        keys.filter(function (k) { return k !== word && k.indexOf(word) === 0; }).sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); })
          .slice(0, 8).forEach(function (k) { if (dict[k] && out.indexOf(dict[k]) < 0) out.push(dict[k]); });
      }
      if (!out.length && word.length >= 5) {
        keys.filter(function (k) { return within1(word, k); }).sort().slice(0, 3)
          .forEach(function (k) { if (dict[k] && out.indexOf(dict[k]) < 0) out.push(dict[k]); });
      }
      return out;
    });
  };
  Engine.prototype.postings = function (term) {
    return this.chunk('post', term).then(function (p) { return p[term] || []; });
  };
  /* query: text; opts: {limit, filters: {type, theme, place, year}, sort: 'relevance'|'date', prefix: bool} */
  /* Theme synonyms from the site's configuration: a query mentioning one also looks for the theme's label. */
  function expand(query, table) {
    var q = query.toLowerCase().replace(/\s+/g, ' '), add = [];
    Object.keys(table || {}).sort().forEach(function (syn) {
      var esc = syn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp('(^|[^a-z0-9])' + esc + '($|[^a-z0-9])').test(q) && add.indexOf(table[syn]) < 0) add.push(table[syn]);
    });
    return add.length ? query + ' ' + add.join(' ') : query;
  }
  Engine.prototype.search = function (query, opts) {
    opts = opts || {};
    var self = this, limit = opts.limit || 10;
    return this.manifest().then(function (m) { return self.searchExpanded(query, expand(query, m.synonyms), opts, limit); });
  };
  Engine.prototype.searchExpanded = function (typed, query, opts, limit) {
    var self = this, ws = words(query), typedCount = words(typed).length;
    var lastIsPrefix = !!opts.prefix && !/\s$/.test(typed);
    return Promise.all(ws.map(function (w, i) { return self.terms(w, lastIsPrefix && i === typedCount - 1); })).then(function (lists) {
      /* Each word contributes once: its best-scoring index term per document (a word's completions do not add up). */
      var seen = {}, groups = [];
      lists.forEach(function (ts) {
        ts = ts.filter(function (t) { if (seen[t]) return false; seen[t] = 1; return true; });
        if (ts.length) groups.push(ts);
      });
      return Promise.all(groups.map(function (ts) { return Promise.all(ts.map(function (t) { return self.postings(t); })); }));
    }).then(function (groups) {
      var score = new Map();
      groups.forEach(function (lists) {
        var best = new Map();
        lists.forEach(function (p) { for (var i = 0; i < p.length; i += 2) { if (!(best.get(p[i]) >= p[i + 1])) best.set(p[i], p[i + 1]); } });
        best.forEach(function (v, d) { score.set(d, (score.get(d) || 0) + v); });
      });
      var scale = 1;
      return self.manifest().then(function (m) { scale = (m.scale || 10000) / 10000; return self.load(m.facets); }).then(function (facets) {
        var f = opts.filters || {}, rows = facets.rows, docs = [];
        score.forEach(function (s, d) {
          var r = rows[d];
          if (f.type && facets.type[r[0]] !== f.type) return;
          if (f.year && facets.year[r[1]] !== String(f.year)) return;
          if (f.theme && r[2].map(function (i) { return facets.theme[i]; }).indexOf(f.theme) < 0) return;
          if (f.place && r[3].map(function (i) { return facets.place[i]; }).indexOf(f.place) < 0) return;
          docs.push({ doc: d, score: s / scale / 10000, rank: Math.round(s / scale), date: r[4] });
        });
        docs.sort(opts.sort === 'date'
          ? function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : a.doc - b.doc; }
          : function (a, b) { return b.rank - a.rank || a.doc - b.doc; });
        var counts = { type: {}, year: {}, theme: {}, place: {} };
        docs.forEach(function (x) {
          var r = rows[x.doc];
          counts.type[facets.type[r[0]]] = (counts.type[facets.type[r[0]]] || 0) + 1;
          counts.year[facets.year[r[1]]] = (counts.year[facets.year[r[1]]] || 0) + 1;
          r[2].forEach(function (i) { counts.theme[facets.theme[i]] = (counts.theme[facets.theme[i]] || 0) + 1; });
          r[3].forEach(function (i) { counts.place[facets.place[i]] = (counts.place[facets.place[i]] || 0) + 1; });
        });
        return { total: docs.length, hits: docs.slice(0, limit), facets: counts, labels: facets.labels };
      });
    });
  };
  /* Metadata of shown results only: [key, title, url, type label, date, summary]. */
  Engine.prototype.describe = function (hits) {
    var self = this;
    return this.manifest().then(function (m) {
      return Promise.all(hits.map(function (h) {
        return self.load(m.meta[Math.floor(h.doc / m.shard)]).then(function (rows) {
          var r = rows[h.doc % m.shard];
          return { key: r[0], title: r[1], url: r[2], type: r[3], date: r[4], summary: r[5], score: h.score };
        });
      }));
    });
  };

  var api = { Engine: Engine, words: words };
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }
  root.HubSearch = api;

  /* The search page. */
  var app = typeof document !== 'undefined' && document.getElementById('search-app');
  if (!app) return;
  var engine = new Engine(app.getAttribute('data-index'));
  var input = document.getElementById('search-q'), list = document.getElementById('search-results');
  var status = document.getElementById('search-status'), facetsBox = document.getElementById('search-facets');
  var sortBox = document.getElementById('search-sort');
  var state = { q: '', type: '', theme: '', place: '', year: '', sort: 'relevance' };
  function readUrl() {
    var p = new URLSearchParams(location.search);
    Object.keys(state).forEach(function (k) { state[k] = p.get(k) || (k === 'sort' ? 'relevance' : ''); });
    input.value = state.q;
    sortBox.value = state.sort;
  }
  function writeUrl(push) {
    var p = new URLSearchParams();
    Object.keys(state).forEach(function (k) { if (state[k] && !(k === 'sort' && state[k] === 'relevance')) p.set(k, state[k]); });
    var url = location.pathname + (p.toString() ? '?' + p : '');
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function mark(text, ws) {
    var out = esc(text);
    ws.filter(function (w) { return w.length > 2; }).forEach(function (w) {
      out = out.replace(new RegExp('\\b(' + w.replace(/[^a-z0-9]/g, '') + '[a-z]*)', 'gi'), '<mark>$1</mark>');
    });
    return out;
  }
  var seq = 0;
  function run() {
    var my = ++seq;
    if (!state.q.trim()) { list.innerHTML = ''; status.textContent = ''; facetsBox.innerHTML = ''; return; }
    var filters = { type: state.type, theme: state.theme, place: state.place, year: state.year };
    engine.search(state.q, { limit: 20, filters: filters, sort: state.sort, prefix: true }).then(function (res) {
      return engine.describe(res.hits).then(function (rows) {
        if (my !== seq) return;
        var ws = words(state.q);
        status.textContent = res.total === 0 ? 'No results for \u201c' + state.q + '\u201d.'
          : res.total + ' result' + (res.total === 1 ? '' : 's') + (res.total > rows.length ? ', showing the first ' + rows.length : '') + '.';
        list.innerHTML = rows.map(function (r) {
          return '<li class="item"><p class="item-meta">' + esc(r.type) + ' \u00b7 <time datetime="' + esc(r.date) + '">' + esc(r.date.slice(0, 4)) + '</time></p>'
            + '<h2 class="item-title"><a href="' + esc(r.url) + '">' + mark(r.title, ws) + '</a></h2><p class="item-summary">' + mark(r.summary, ws) + '</p></li>';
        }).join('');
        facetsBox.innerHTML = ['type', 'theme', 'place', 'year'].map(function (k) {
          var c = res.facets[k], names = Object.keys(c).sort();
          if (!names.length) return '';
          var labels = (res.labels && res.labels[k]) || {};
          return '<label>' + { type: 'Type', theme: 'Theme', place: 'Place', year: 'Year' }[k] + ' <select data-facet="' + k + '"><option value="">Any</option>'
            + names.map(function (n) { return '<option value="' + esc(n) + '"' + (state[k] === n ? ' selected' : '') + '>' + esc(labels[n] || n) + ' (' + c[n] + ')</option>'; }).join('')
            + '</select></label>';
        }).join(' ');
      });
    });
  }
  var timer = null;
  input.addEventListener('input', function () { state.q = input.value; clearTimeout(timer); timer = setTimeout(function () { writeUrl(false); run(); }, 120); });
  document.getElementById('search-form').addEventListener('submit', function (e) { e.preventDefault(); state.q = input.value; writeUrl(true); run(); });
  facetsBox.addEventListener('change', function (e) { var k = e.target.getAttribute('data-facet'); if (k) { state[k] = e.target.value; writeUrl(true); run(); } });
  sortBox.addEventListener('change', function () { state.sort = sortBox.value; writeUrl(true); run(); });
  window.addEventListener('popstate', function () { readUrl(); run(); });
  readUrl();
  run();
})(this);
