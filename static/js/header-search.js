/* The header search box: loads the search client (js/search.js, the form's data-script) the first
   time the box gets focus or input, so pages that nobody searches from stay light. The client then
   makes the box a combobox. */
(function () {
  'use strict';
  var q = document.getElementById('header-q'), loaded = false;
  if (!q) return;
  function load() {
    if (loaded) return;
    loaded = true;
    var s = document.createElement('script');
    s.src = q.form.getAttribute('data-script');
    document.head.appendChild(s);
  }
  q.addEventListener('focus', load);
  q.addEventListener('input', load);
  // This script is deferred: someone may already be in the box.
  if (document.activeElement === q) load();
})();
