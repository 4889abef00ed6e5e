/* hub search client: queries the static index the build exports (search/manifest.json; format in
   docs/SEARCH-INDEX.md), in the browser or in Node. A score is a sum of impacts Lucene computed at
   build time, so results rank exactly as `hub search` ranks them. No dependencies.

   intro.js: opens the one function scope the client's modules share (outro.js closes it), so they
   see each other's functions and nothing leaks into the page. client/build.sh joins the files of
   client/modules.txt, in that order, and minifies them into static/js/search.js. */
(function (root) {
  'use strict';
