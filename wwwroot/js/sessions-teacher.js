// The teacher's class console: draws the join QR code, and whenever the class hub says a student joined or answered,
// fetches the freshly rendered roster and answers (server-side, HTML-encoded) and swaps them in.
import qrcode from '/lib/qrcode/qrcode.mjs';

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

const connection = new signalR.HubConnectionBuilder()
  .withUrl('/hubs/class')
  .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(1000 * 2 ** ctx.previousRetryCount, 10000) })
  .build();
connection.on('RosterChanged', refresh);
connection.on('RatingsChanged', refresh);
connection.on('Revealed', refresh);
connection.on('Ended', refresh);
connection.on('ScreenChanged', refresh);
connection.onreconnected(async () => { await connection.invoke('WatchAsTeacher', sessionId); await refresh(); });

async function start() {
  try {
    await connection.start();
    await connection.invoke('WatchAsTeacher', sessionId);
    document.body.dataset.classLive = 'true';
  } catch {
    setTimeout(start, 5000);
  }
}

await start();
