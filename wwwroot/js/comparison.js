// The comparison page: draws the voices and actors charts from the server-built figures, and when the hub says the
// event changed, fetches the freshly rendered comparison (server-side, HTML-encoded) and swaps it in. The connection
// itself is live.js.
import { connectLive } from './live.js';
import { rove } from './roving.js';

const eventId = document.querySelector('[data-event]').dataset.event;
const container = document.getElementById('comparison');
// Bar charts need no lasso, box select or zoom steps; each tool is a Tab stop, so only the useful ones stay.
const plotConfig = {
  responsive: true, displaylogo: false, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'zoomIn2d', 'zoomOut2d', 'autoScale2d']
};
let actorsVoice = 'own';

// An event with no articles has no figures (and one with a single article may lack some): nothing to draw, no error.
function figures() {
  const island = document.getElementById('comparison-figures');
  return island ? JSON.parse(island.textContent) : null;
}

async function drawActors(all) {
  if (!all?.actorsOwnVoice || !document.getElementById('chart-actors')) return;
  const captioned = actorsVoice === 'own' ? all.actorsOwnVoice : all.actorsAll;
  await Plotly.react(document.getElementById('chart-actors'), captioned.figure.data, captioned.figure.layout, plotConfig);
  document.getElementById('caption-actors').textContent = captioned.caption;
}

async function draw() {
  rove(container);
  const all = figures();
  if (!all) return;
  const voices = document.getElementById('chart-voices');
  if (voices && all.voices) await Plotly.react(voices, all.voices.figure.data, all.voices.figure.layout, plotConfig);
  await drawActors(all);
  for (const button of container.querySelectorAll('[data-actors]')) {
    button.setAttribute('aria-pressed', String(button.dataset.actors === actorsVoice));
    button.addEventListener('click', async () => {
      actorsVoice = button.dataset.actors;
      for (const b of container.querySelectorAll('[data-actors]')) b.setAttribute('aria-pressed', String(b === button));
      await drawActors(figures());
    });
  }
}

async function refresh() {
  const params = new URLSearchParams(window.location.search);
  params.set('handler', 'Body');
  const response = await fetch(`/events/${encodeURIComponent(eventId)}?${params}`);
  if (!response.ok) return;
  container.innerHTML = await response.text(); // rendered and encoded by the server, same origin
  container.dataset.updates = String(Number(container.dataset.updates || 0) + 1);
  await draw();
}

await draw();
await connectLive({
  hub: '/hubs/dashboard',
  on: {
    // A change shows at once as the last comparison marked "Updating…"; ComparisonReady follows when the new one is built.
    EventUpdated: async (dashboard) => { if (dashboard.eventId === eventId) await refresh(); },
    ComparisonReady: async (ready) => { if (ready.eventId === eventId && ready.part !== 'dashboard') await refresh(); },
    EventsChanged: () => {},
    RescoreProgress: async (status) => { if (status.finished) await refresh(); },
  },
  join: (connection) => connection.invoke('WatchEvent', eventId),
  catchUp: refresh,
});
