/* ui.js: the page: the search page (#search-app) and the header box's suggestions (#header-q),
   started once the document is ready. Uses the Engine and esc(). */
  /* --- The search page: results as you type, facets, sort, shareable URL, keyboard. */
  function start() {
    var app = document.getElementById('search-app');
    if (!app) return;
    var engine = new Engine(app.getAttribute('data-index'));
    engine.manifest().catch(function () { /* reported by the first search */ });
    var input = document.getElementById('search-q'), list = document.getElementById('search-results');
    var status = document.getElementById('search-status'), facetsBox = document.getElementById('search-facets');
    var sortBox = document.getElementById('search-sort'), keys = ['q', 'type', 'theme', 'place', 'year', 'sort'];
    var more = document.getElementById('search-more'), filtersBox = document.getElementById('search-filters');
    var filtersCount = document.getElementById('search-filters-count');
    /* The filters fold away on a narrow screen so the results start above the fold; open elsewhere. */
    if (filtersBox && window.matchMedia && window.matchMedia('(min-width: 40rem)').matches) filtersBox.open = true;
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
    /* One result as a list item; the page's results and "show more" use it. */
    function item(r) {
      return '<li class="item"><p class="item-meta">' + esc(r.type) + ' \u00b7 <time datetime="' + esc(r.date) + '">' + esc(r.date.slice(0, 4)) + '</time></p>'
        + '<h2 class="item-title"><a href="' + esc(r.url) + '">' + r.titleHtml + '</a></h2><p class="item-summary">' + r.excerpt + '</p></li>';
    }
    function filters() { return { type: state.type, theme: state.theme, place: state.place, year: state.year }; }
    function filtered() { return !!(state.type || state.theme || state.place || state.year); }
    /* The filters as selects with counts (over the results, or over every publication with no words and no filter). */
    async function showFacets(counts) {
      var labels = (await engine.facetTable()).labels;
      facetsBox.innerHTML = ['type', 'theme', 'place', 'year'].map(function (k) {
        var c = counts[k] || {}, names = Object.keys(c).sort();
        if (state[k] && names.indexOf(state[k]) < 0) names.unshift(state[k]);
        if (!names.length) return '';
        var lab = labels[k] || {};
        return '<label>' + NAMES[k] + ' <select data-facet="' + k + '"><option value="">Any</option>' + names.map(function (n) {
          return '<option value="' + esc(n) + '"' + (state[k] === n ? ' selected' : '') + '>' + esc(lab[n] || n) + ' (' + (c[n] || 0) + ')</option>';
        }).join('') + '</select></label>';
      }).join(' ');
      filtersCount.textContent = filtered() ? ' (' + ['type', 'theme', 'place', 'year'].filter(function (k) { return state[k]; }).length + ' on)' : '';
    }
    /* The status line: how many, for what, how many shown; "show more" while some are not. */
    function counted() {
      var n = list.children.length, what = state.q.trim() ? '\u201c' + state.q + '\u201d' : 'the filters chosen, newest first';
      status.textContent = shown.total + (state.q.trim() ? ' result' + (shown.total === 1 ? '' : 's') : ' publication' + (shown.total === 1 ? '' : 's'))
        + ' for ' + what + (shown.total > n ? ', showing ' + n : '') + '.';
      more.hidden = !(shown.total > n);
    }
    var shown = { total: 0 }, PAGE = 10;
    /* The filters counted over every publication (with no words, or when the chosen ones keep nothing, so they can be changed). */
    async function everyFacet(my) {
      var ft = await engine.facetTable();
      if (my === seq) await showFacets(countFacets(ft.rows.map(function (x, doc) { return { doc: doc }; }), ft));
    }
    /* A filter value no publication has (a typo in a shared address: ?place=fif), with the nearest that exists, as hub search says. */
    async function unknownFilter() {
      var ft = await engine.facetTable(), out = '';
      ['type', 'theme', 'place', 'year'].forEach(function (k) {
        var v = state[k];
        if (out || !v || ft[k].indexOf(v) >= 0) return;
        var near = ft[k].filter(function (x) { return oneEdit(v, x) || x.indexOf(v) === 0; })[0];
        out = 'No publication has ' + k + ' \u201c' + v + '\u201d' + (near ? '; did you mean \u201c' + ((ft.labels[k] || {})[near] || near) + '\u201d (' + near + ')?' : '.');
      });
      return out;
    }
    async function run() {
      var my = ++seq, q = state.q;
      more.hidden = true;
      if (!q.trim() && !filtered()) {
        /* No words, no filter: the filters stay usable (counts over every publication) so one can browse from here.
           An index that cannot be read shows none; the first search says why. */
        list.innerHTML = ''; status.textContent = '';
        try { await everyFacet(my); } catch (e) { if (my === seq) facetsBox.innerHTML = ''; }
        return;
      }
      var opts = { limit: PAGE, filters: filters(), sort: state.sort, prefix: typing };
      try {
        var res = await engine.search(q, opts), rows = await engine.describe(res);
        if (my !== seq) return;
        list.innerHTML = rows.map(item).join('');
        if (!rows.length) {
          var unknown = filtered() ? await unknownFilter() : '';
          if (my !== seq) return;
          status.textContent = unknown || 'No results for ' + (q.trim() ? '\u201c' + q + '\u201d' : 'these filters') + '. Try fewer or other words, or browse by theme.';
          if (filtered()) await everyFacet(my); else facetsBox.innerHTML = '';
          return;
        }
        /* Counts need every posting: fetched after the first results are on screen. A phrase would
           need every candidate's text, so phrase results are not counted. */
        if (res.plan.phrases.length) {
          status.textContent = 'Results containing the phrase, best first.'; facetsBox.innerHTML = '';
          /* Not counted, so "show more" is offered while a page comes back full. */
          shown = { total: null, q: q, opts: opts, seq: my };
          more.hidden = rows.length < PAGE;
          return;
        }
        opts.all = true;
        var all = res.browse ? res : await engine.search(q, opts);
        if (my !== seq) return;
        shown = { total: all.total, q: q, opts: opts, seq: my };
        counted();
        await showFacets(all.facets);
      } catch (e) {
        /* An index of another format says so itself (rebuilding the site mends it); anything else is the network's or the server's. */
        if (my === seq) status.textContent = (e.name === 'IndexVersionError' ? e.message : 'Search is unavailable (' + e.message + ').') + ' Browse by theme, place or year instead.';
      }
    }
    /* "Show more": the next 10 of the same search. The postings are loaded already (counting needed them), so
       this fetches only the new results' metadata files. Focus moves to the first new result. */
    more.addEventListener('click', async function () {
      var my = seq, n = list.children.length;
      if (shown.seq !== my) return;
      var res = await engine.search(shown.q, Object.assign({}, shown.opts, { all: false, offset: n, limit: PAGE }));
      var rows = await engine.describe(res);
      if (my !== seq) return;
      list.insertAdjacentHTML('beforeend', rows.map(item).join(''));
      if (shown.total === null) more.hidden = rows.length < PAGE; else counted();
      var first = list.children[n] && list.children[n].querySelector('a');
      if (first) first.focus();
    });
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
