// A student's class screen: when the teacher changes what the class sees, reveals the outlets or ends the session,
// fetches the freshly rendered screen (server-side, blind until the reveal, HTML-encoded) and swaps it in. Answers are
// sent without leaving the page. Selected words go into the highlights box as plain text. The connection itself is live.js.
import { connectLive } from './live.js';

const screen = document.getElementById('screen');

// In a student-paced lesson the student moves between articles: the piece they are on is kept across refreshes.
function currentPiece() {
  return screen.querySelector('.student')?.dataset.piece || '';
}

function wire() {
  for (const link of screen.querySelectorAll('a.piece-link')) {
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      await refresh(link.dataset.piece);
      history.replaceState(null, '', `/class?piece=${encodeURIComponent(link.dataset.piece)}`);
      document.getElementById('state')?.focus();
      window.scrollTo(0, 0);
    });
  }
  const add = document.getElementById('add-selection');
  if (add) {
    add.addEventListener('click', () => {
      const selected = String(window.getSelection() ?? '').trim();
      if (!selected) return;
      const box = document.getElementById('highlights');
      box.value = box.value.trim() ? `${box.value.trim()}\n${selected}` : selected;
    });
  }
  const form = document.getElementById('rate');
  if (form) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const response = await fetch(form.action || '?handler=Rate', {
        method: 'POST',
        body: new FormData(form),
        headers: { accept: 'application/json' },
      });
      const result = await response.json().catch(() => ({ message: `not sent (HTTP ${response.status})` }));
      let status = document.getElementById('rate-message');
      if (!status) {
        status = document.createElement('p');
        status.id = 'rate-message';
        status.className = 'message';
        status.setAttribute('role', 'status');
        form.before(status);
      }
      status.textContent = result.message;
      status.dataset.ok = String(response.ok);
    });
  }
}

async function refresh(piece = currentPiece()) {
  const response = await fetch(`/class?handler=Screen&piece=${encodeURIComponent(piece)}`);
  if (!response.ok) return;
  screen.innerHTML = await response.text();
  screen.dataset.updates = String(Number(screen.dataset.updates || 0) + 1);
  wire();
}

wire();
await connectLive({
  hub: '/hubs/class',
  on: {
    ScreenChanged: () => refresh(),
    Revealed: () => refresh(),
    Ended: () => refresh(),
    RosterChanged: () => {},
    RatingsChanged: () => {},
  },
  join: (connection) => connection.invoke('WatchAsStudent'),
  catchUp: () => refresh(),
  onLive: () => { screen.dataset.live = 'true'; },
});
