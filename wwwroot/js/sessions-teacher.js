// The teacher's class console: draws the join QR code, and whenever the class hub says a student joined or answered,
// fetches the freshly rendered roster and answers (server-side, HTML-encoded) and swaps them in. The connection itself
// is live.js.
import qrcode from '/lib/qrcode/qrcode.mjs';
import { connectLive } from './live.js';

const sessionId = Number(document.querySelector('[data-session]').dataset.session);
const answers = document.getElementById('answers');

const qr = document.getElementById('qr');
if (qr) {
  const code = qrcode(0, 'M');
  code.addData(qr.dataset.url);
  code.make();
  qr.innerHTML = code.createSvgTag({ cellSize: 6, margin: 2, scalable: true }); // generated SVG of our own URL, no user text
}

async function refresh() {
  const response = await fetch(`/sessions/${sessionId}?handler=Live`);
  if (!response.ok) return;
  answers.innerHTML = await response.text();
  answers.dataset.updates = String(Number(answers.dataset.updates || 0) + 1);
}

await connectLive({
  hub: '/hubs/class',
  on: { RosterChanged: refresh, RatingsChanged: refresh, Revealed: refresh, Ended: refresh, ScreenChanged: refresh },
  join: (connection) => connection.invoke('WatchAsTeacher', sessionId),
  catchUp: refresh,
  onLive: () => { document.body.dataset.classLive = 'true'; },
});
