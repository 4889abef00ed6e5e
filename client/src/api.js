/* api.js: what the client exports: module.exports in Node (the tests run the shipped file there, and
   stop here), window.HubSearch in a browser; without a document the UI below is not started. */
  var api = { Engine: Engine, surfaces: surfaces, tokens: tokens, oneEdit: oneEdit };
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }
  root.HubSearch = api;
  if (typeof document === 'undefined') return;
