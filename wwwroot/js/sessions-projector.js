// The projector view: draws the join QR code, and whenever the class hub says a student joined or answered, or the
// teacher revealed the outlets, fetches the freshly rendered view (server-side, no nicknames) and swaps it in; after
// the reveal draws the chart of the class's ratings against the measured tone. The connection itself is live.js.
import qrcode from '/lib/qrcode/qrcode.mjs';
import { connectLive } from './live.js';

const sessionId = Number(document.querySelector('[data-session]').dataset.session);
const projected = document.getElementById('projected');

async function draw() {
  const qr = document.getElementById('qr');
  if (qr) {
    const code = qrcode(0, 'M');
    code.addData(qr.dataset.url);
    code.make();
    qr.innerHTML = code.createSvgTag({ cellSize: 8, margin: 2, scalable: true }); // generated SVG of our own URL, no user text
  }
  const figure = document.getElementById('reveal-figure');
  if (figure) {
    const { data, layout } = JSON.parse(figure.textContent);
    await Plotly.react(
      document.getElementById('reveal-chart'), data, layout, { responsive: true, displaylogo: false, displayModeBar: false });
    document.body.dataset.revealChart = 'true';
  }
}

async function refresh() {
  const response = await fetch(`/sessions/${sessionId}/projector?handler=Live`);
  if (!response.ok) return;
  projected.innerHTML = await response.text();
  projected.dataset.updates = String(Number(projected.dataset.updates || 0) + 1);
  await draw();
}

await draw();
await connectLive({
  hub: '/hubs/class',
  on: { RosterChanged: refresh, RatingsChanged: refresh, Revealed: refresh, Ended: refresh, ScreenChanged: () => {} },
  join: (connection) => connection.invoke('WatchAsTeacher', sessionId),
  catchUp: refresh,
  onLive: () => { document.body.dataset.classLive = 'true'; },
});
