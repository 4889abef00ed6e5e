/* Footnote previews: focus or hover a note number to read the note in place. Without this
   script the number is a plain link to the note, and the note links back. */
(function () {
  'use strict';
  var tip = null, owner = null;
  function hide() {
    if (tip) { tip.remove(); tip = null; }
    if (owner) { owner.removeAttribute('aria-describedby'); owner.setAttribute('aria-describedby', owner.getAttribute('data-note')); owner = null; }
  }
  function show(link) {
    var id = decodeURIComponent(link.hash.slice(1));
    var note = document.getElementById(id);
    if (!note || owner === link) return;
    hide();
    var text = note.querySelector('.note-text') || note;
    tip = document.createElement('div');
    tip.className = 'fn-tooltip';
    tip.id = 'fn-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.innerHTML = text.innerHTML;
    tip.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
    tip.querySelectorAll('a').forEach(function (a) { a.tabIndex = -1; });
    document.body.appendChild(tip);
    var r = link.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + r.left - 16, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + 'px';
    tip.style.top = (window.scrollY + r.bottom + 8) + 'px';
    owner = link;
    link.setAttribute('data-note', link.getAttribute('aria-describedby') || id);
    link.setAttribute('aria-describedby', 'fn-tooltip');
  }
  document.addEventListener('focusin', function (e) {
    var a = e.target.closest && e.target.closest('sup.fn-ref a');
    if (a) show(a); else hide();
  });
  document.addEventListener('mouseover', function (e) {
    var a = e.target.closest && e.target.closest('sup.fn-ref a');
    if (a) show(a);
  });
  document.addEventListener('mouseout', function (e) {
    var a = e.target.closest && e.target.closest('sup.fn-ref a');
    if (a && a !== document.activeElement && !(e.relatedTarget && tip && tip.contains(e.relatedTarget))) hide();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  document.addEventListener('click', function (e) { if (!(e.target.closest && e.target.closest('sup.fn-ref a'))) hide(); });
  window.addEventListener('hashchange', hide);
})();
