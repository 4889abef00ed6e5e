/* Footnote previews: hover or focus a note number (sup.fn-ref a) to see the note beside it; Escape,
   blur or leaving closes it. On a touch screen the first tap on a number shows the note (it does not
   jump away from the text) and a second tap follows the link. Screen readers get the note from
   aria-describedby, so the copy is aria-hidden. It opens below the number, or above if there is no
   room. Without JS the number is a plain link to the note. */
(function () {
  'use strict';
  var tip = null, owner = null, timer = 0, doc = document;
  function refOf(el) { return el && el.closest && el.closest('sup.fn-ref a'); }
  function inTip(el) { return tip && el && tip.contains(el); }
  function hide() {
    clearTimeout(timer);
    if (tip) tip.remove();
    tip = owner = null;
  }
  function show(a) {
    clearTimeout(timer);
    if (owner === a) return;
    var id = decodeURIComponent(a.hash.slice(1)), note = id && doc.getElementById(id);
    if (!note) return;
    hide();
    if (!a.hasAttribute('aria-describedby')) a.setAttribute('aria-describedby', id);
    var copy = note.cloneNode(true), num = doc.createElement('span');
    copy.querySelectorAll('.fn-back').forEach(function (b) { b.remove(); });
    copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
    copy.querySelectorAll('a, [tabindex]').forEach(function (e) { e.tabIndex = -1; });
    tip = doc.createElement('div');
    tip.className = 'fn-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('aria-hidden', 'true');
    num.className = 'fn-num';
    num.textContent = (note.getAttribute('value') || a.textContent.trim()) + '.';
    tip.appendChild(num);
    while (copy.firstChild) tip.appendChild(copy.firstChild);
    doc.body.appendChild(tip);
    owner = a;
    place();
  }
  function place() {
    var r = owner.getBoundingClientRect(), de = doc.documentElement, h = tip.offsetHeight;
    var top = r.bottom + 6, below = de.clientHeight - r.bottom;
    if (below < h + 12 && r.top > below) top = r.top - h - 6;
    tip.style.left = scrollX + Math.max(8, Math.min(r.left - 16, de.clientWidth - tip.offsetWidth - 8)) + 'px';
    tip.style.top = scrollY + top + 'px';
  }
  doc.addEventListener('focusin', function (e) {
    var a = refOf(e.target);
    if (a) show(a); else if (!inTip(e.target)) hide();
  });
  doc.addEventListener('focusout', function (e) {
    if (refOf(e.target) === owner && !inTip(e.relatedTarget)) hide();
  });
  doc.addEventListener('mouseover', function (e) {
    var a = refOf(e.target);
    if (a) show(a); else if (inTip(e.target)) clearTimeout(timer);
  });
  doc.addEventListener('mouseout', function (e) {
    if (!tip || doc.activeElement === owner) return;
    var to = e.relatedTarget;
    if ((refOf(e.target) === owner || inTip(e.target)) && refOf(to) !== owner && !inTip(to)) {
      clearTimeout(timer);
      timer = setTimeout(hide, 200);
    }
  });
  /* A tap: was this number's note already showing when the finger came down? (The tap's own focus and
     mouseover events show it before the click arrives.) Only then does the click follow the link. */
  var tapOn = null, shownBefore = false;
  doc.addEventListener('pointerdown', function (e) {
    var a = refOf(e.target);
    tapOn = e.pointerType === 'touch' || e.pointerType === 'pen' ? a : null;
    shownBefore = !!a && owner === a;
  });
  doc.addEventListener('click', function (e) {
    var a = refOf(e.target);
    if (!a || a !== tapOn || shownBefore) return;
    e.preventDefault();
    show(a);
    shownBefore = true;
  });
  doc.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  addEventListener('hashchange', hide);
  addEventListener('resize', function () { if (tip) place(); });
})();
