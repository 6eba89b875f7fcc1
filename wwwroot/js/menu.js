// The site menu folds behind a "Menu" button on narrow screens (CSS decides when the button shows); without this
// script the menu simply wraps, so every link stays reachable.
const toggle = document.getElementById('menu-toggle');
const menu = document.getElementById('site-menu');
if (toggle && menu) {
  toggle.hidden = false;
  document.documentElement.classList.add('menu-js');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  });
}
