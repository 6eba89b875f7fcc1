// Roving tab stops: a table or list of many links marked data-rove is one Tab stop; the arrow keys (and Home/End) move
// between its links. Every link stays in the page as a link, so pointer users click them and screen readers list them;
// only the Tab order gets shorter. Without JavaScript every link keeps its own tab stop.
function settle(group, current) {
  const all = [...group.querySelectorAll('a[href]')];
  const active = current ?? all[0];
  for (const a of all) {
    a.tabIndex = a === active ? 0 : -1;
  }
}

export function rove(root) {
  for (const group of root.querySelectorAll('[data-rove]')) settle(group);
  if (root.dataset.roving) return; // the listeners are delegated: once per root, whatever is swapped in below it
  root.dataset.roving = 'true';
  root.addEventListener('focusin', (e) => {
    const group = e.target.closest?.('[data-rove]');
    if (group && e.target.matches('a[href]')) settle(group, e.target);
  });
  root.addEventListener('keydown', (e) => {
    const group = e.target.closest?.('[data-rove]');
    if (!group || !e.target.matches('a[href]') || e.altKey || e.ctrlKey || e.metaKey) return;
    const all = [...group.querySelectorAll('a[href]')].filter((a) => a.offsetParent !== null);
    const at = all.indexOf(e.target);
    const next = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (next === undefined || at < 0) return;
    e.preventDefault();
    const target = all[Math.max(0, Math.min(all.length - 1, next))];
    settle(group, target);
    target.focus();
  });
}
