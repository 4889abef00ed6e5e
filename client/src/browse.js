/* browse.js: E.browse, the search page without words: every publication the filters keep, newest first
   (then by document number, i.e. key), as `hub search` lists them for a filter and no query
   (Searcher.browse). Reads the facet table only: no dictionary, no postings. */
  E.browse = async function (f, opts) {
    var ft = await this.facetTable(), rows = [], offset = opts.offset || 0, k = opts.limit || 10;
    ft.rows.forEach(function (x, doc) {
      if ((!f.type || ft.type[x[0]] === f.type) && (!f.year || ft.year[x[1]] === String(f.year))
          && (!f.theme || x[2].some(function (i) { return ft.theme[i] === f.theme; }))
          && (!f.place || x[3].some(function (i) { return ft.place[i] === f.place; }))) rows.push({ doc: doc, score: 0 });
    });
    rows.sort(function (a, b) { var da = ft.rows[a.doc][4], db = ft.rows[b.doc][4]; return da < db ? 1 : da > db ? -1 : a.doc - b.doc; });
    return { hits: rows.slice(offset, offset + k), total: rows.length, facets: countFacets(rows, ft), plan: { phrases: [], clauses: [] }, terms: [], browse: true };
  };
