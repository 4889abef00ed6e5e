// "Cite this": the "Copy reference" button copies the reference's text. The button is in the page hidden, and
// shown here, so without JavaScript there is no button that does nothing (the text can still be selected).
// The status line is a polite live region: "Reference copied" is announced. Where the clipboard cannot be
// written (no permission, an old browser), the reference is selected instead and the status says so.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-status'));
    if (!source || !status) return;
    button.hidden = false;
    function say(text) {
      status.textContent = '';
      // A new text in a cleared region is announced again even when it is the same as before.
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
    function select() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      say('Reference selected: press Ctrl+C (or Command+C) to copy it');
    }
    button.addEventListener('click', function () {
      var text = source.textContent.replace(/\s+/g, ' ').trim();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { say('Reference copied'); }, select);
      } else {
        select();
      }
    });
  });
}());
