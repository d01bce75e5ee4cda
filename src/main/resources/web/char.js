// A character's page: copy buttons. The server renders everything else, so the page works
// without this script; the buttons stay hidden until it runs.
'use strict';

(() => {
  const toast = document.getElementById('copied');
  let toastTimer = 0;

  function show(message) {
    toast.textContent = message;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, 2000);
  }

  // The character itself is carried as its code points, so that any character, controls and
  // lone surrogates included, survives the HTML it passes through.
  function textOf(button) {
    if (button.dataset.codes) {
      return String.fromCodePoint(...button.dataset.codes.split(' ').map((c) => parseInt(c.slice(2), 16)));
    }
    return button.dataset.copy;
  }

  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button.copy');
    if (!button) return;
    const what = button.dataset.codes ? 'the character ' + button.dataset.codes : button.dataset.what;
    try {
      await navigator.clipboard.writeText(textOf(button));
      show('Copied ' + what);
    } catch (e) {
      show('Could not copy ' + what + ': ' + e.message);
    }
  });

  for (const button of document.querySelectorAll('button.copy')) button.hidden = false;
})();
