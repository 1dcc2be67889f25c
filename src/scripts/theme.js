// The reader's light/dark choice. Loaded as a classic script in <head>, before the page paints,
// so a stored choice applies without a flash of the other scheme; then it shows and wires the
// toggle button (hidden without JavaScript, when the system's preference applies). Plain ES2019
// served as is: it must run before any module loads.
(function () {
  var root = document.documentElement;
  var storageKey = 'impact-ledger-theme';
  var prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
  try {
    var stored = window.localStorage.getItem(storageKey);
    if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  } catch {
    // Storage blocked (private mode, policy): the system's preference applies.
  }
  function current() {
    return root.dataset.theme || (prefersDark.matches ? 'dark' : 'light');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (button === null) return;
    function show() {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        window.localStorage.setItem(storageKey, next);
      } catch {
        // The choice then lasts for this page only.
      }
      show();
    });
    prefersDark.addEventListener('change', show);
    show();
    button.hidden = false;
  });
})();
