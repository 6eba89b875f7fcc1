// Load script for the dashboard (a measurement, not a test): fills a fresh database with articles built from
// the seed sentences, connects dashboard clients over real SignalR, uploads at a steady rate and reports
// API latency, upload-to-push latency and server memory. Run it with ./run-load.sh, which starts the server.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import signalR from '@microsoft/signalr';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:5199';
const serverPid = Number(process.env.SERVER_PID ?? 0);
const ARTICLES = Number(process.env.ARTICLES ?? 10000);
const OUTLETS = Number(process.env.OUTLETS ?? 50);
const EVENTS = Number(process.env.EVENTS ?? 200);
const CLIENTS = Number(process.env.CLIENTS ?? 200);
const WATCHED_EVENTS = Number(process.env.WATCHED_EVENTS ?? 20);
const UPLOADS = Number(process.env.UPLOADS ?? 100);
const UPLOADS_PER_SECOND = Number(process.env.UPLOADS_PER_SECOND ?? 2);

// Seed sentences, cut naively at ". " (good enough for filler text); no network needed.
const seedDir = process.env.SEEDS ?? join(process.cwd(), 'seeds');
const sentences = readdirSync(seedDir).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(seedDir, f), 'utf8').split(/(?<=[.!?])\s+/))
  .map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.split(' ').length >= 5 && !s.startsWith('---'));
let cursor = 0;
const text = (n) => Array.from({ length: n }, () => sentences[cursor++ % sentences.length]).join(' ');

const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function upload(i, title) {
  const form = new FormData();
  form.append('outlet', `Load Outlet ${i % OUTLETS}`);
  form.append('newEvent', `Load event ${i % EVENTS}`);
  form.append('title', title);
  form.append('text', text(10 + (i % 30)));
  const response = await fetch(`${base}/api/articles`, { method: 'POST', body: form });
  if (response.status !== 201) throw new Error(`upload ${i}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).id;
}

async function fill() {
  const started = performance.now();
  let next = 0;
  const worker = async () => { while (next < ARTICLES) { const i = next++; await upload(i, `Filler ${i}`); } };
  await Promise.all(Array.from({ length: 4 }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(`filled ${ARTICLES} articles across ${OUTLETS} outlets and ${EVENTS} events in ${seconds.toFixed(1)} s (${(ARTICLES / seconds).toFixed(0)} uploads/s)`);
}

async function eventIds() {
  const events = await (await fetch(`${base}/api/events`)).json();
  const byTitle = new Map(events.map((e) => [e.title, e.id]));
  return Array.from({ length: WATCHED_EVENTS }, (_, k) => byTitle.get(`Load event ${k}`));
}

async function connectClients(watched, pending, pushLatencies) {
  const clients = [];
  for (let c = 0; c < CLIENTS; c++) {
    const eventId = watched[c % watched.length];
    const connection = new signalR.HubConnectionBuilder().withUrl(`${base}/hubs/dashboard`, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
      .configureLogging(signalR.LogLevel.None).build();
    const seen = new Set();
    connection.on('EventUpdated', (dashboard) => {
      const now = performance.now();
      for (const article of dashboard.articles) {
        const upload = pending.get(article.title);
        if (upload && upload.eventId === dashboard.eventId && !seen.has(article.title)) {
          seen.add(article.title);
          pushLatencies.push(now - upload.started);
          upload.received++;
        }
      }
    });
    connection.on('EventsChanged', () => {});
    await connection.start();
    await connection.invoke('WatchEvent', eventId);
    clients.push(connection);
  }
  return clients;
}

async function timeGet(path, latencies) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  latencies.push(performance.now() - started);
}

function rssMegabytes() {
  if (!serverPid) return NaN;
  const status = readFileSync(`/proc/${serverPid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

await fill();
const watched = await eventIds();
const pending = new Map();
const pushLatencies = [];
const clients = await connectClients(watched, pending, pushLatencies);
console.log(`connected ${clients.length} dashboard clients over WebSockets, watching ${watched.length} events (${CLIENTS / WATCHED_EVENTS} each)`);

const comparison = [];
const dashboard = [];
let polling = true;
const poller = (async () => {
  let k = 0;
  while (polling) {
    const eventId = watched[k++ % watched.length];
    await Promise.all([timeGet(`/api/events/${encodeURIComponent(eventId)}/comparison`, comparison), timeGet(`/?event=${encodeURIComponent(eventId)}`, dashboard)]);
    await sleep(50);
  }
})();

let peakRss = rssMegabytes();
const uploadsStarted = performance.now();
for (let u = 0; u < UPLOADS; u++) {
  const eventIndex = u % WATCHED_EVENTS;
  const title = `Live upload ${u}`;
  const form = new FormData();
  form.append('outlet', `Load Outlet ${u % OUTLETS}`);
  form.append('newEvent', `Load event ${eventIndex}`);
  form.append('title', title);
  form.append('text', text(20));
  pending.set(title, { eventId: watched[eventIndex], started: performance.now(), received: 0 });
  const response = await fetch(`${base}/api/articles`, { method: 'POST', body: form });
  if (response.status !== 201) throw new Error(`live upload ${u}: HTTP ${response.status}`);
  peakRss = Math.max(peakRss, rssMegabytes());
  const due = uploadsStarted + ((u + 1) * 1000) / UPLOADS_PER_SECOND;
  await sleep(Math.max(0, due - performance.now()));
}
await sleep(3000);
polling = false;
await poller;

const expected = UPLOADS * (CLIENTS / WATCHED_EVENTS);
const received = [...pending.values()].reduce((sum, u) => sum + u.received, 0);
console.log(`uploads: ${UPLOADS} at ${UPLOADS_PER_SECOND}/s, each pushed to the ${CLIENTS / WATCHED_EVENTS} clients watching its event`);
console.log(`GET /api/events/{id}/comparison: n=${comparison.length} p50 ${fmt(percentile(comparison, 50))} p95 ${fmt(percentile(comparison, 95))}`);
console.log(`GET / (dashboard page):          n=${dashboard.length} p50 ${fmt(percentile(dashboard, 50))} p95 ${fmt(percentile(dashboard, 95))}`);
console.log(`upload -> push, every client:    n=${pushLatencies.length} p50 ${fmt(percentile(pushLatencies, 50))} p95 ${fmt(percentile(pushLatencies, 95))} max ${fmt(Math.max(...pushLatencies))}`);
console.log(`pushes received: ${received} of ${expected} expected (${expected - received} dropped)`);
console.log(`server memory (RSS): ${rssMegabytes().toFixed(0)} MB now, ${peakRss.toFixed(0)} MB peak during uploads`);
await Promise.all(clients.map((c) => c.stop()));
process.exit(received === expected ? 0 : 1);
