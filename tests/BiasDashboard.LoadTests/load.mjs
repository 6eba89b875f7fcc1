// Load script for the dashboard (a measurement, not a test). run-load.sh starts the instances and runs this against them.
// 1. Fills a fresh database through the API with realistic wide events: each event is covered by 10-50 outlets, a few
//    events carry 500+ articles (a running story), the article text is built from the seed sentences (no network).
// 2. Connects dashboard clients over real SignalR WebSockets (the npm @microsoft/signalr client), split evenly over
//    the instances (BASE_URLS), each watching one event.
// 3. Uploads at a steady rate, through each instance in turn, to the watched events; meanwhile polls the APIs and pages.
// 4. Reports push latency (same instance and across instances), dropped pushes per client, API and page latency by
//    kind of event, each instance's memory (RSS) and, from /metrics, how the comparison cache behaved.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadavg, cpus } from 'node:os';
import signalR from '@microsoft/signalr';

const env = (name, fallback) => (process.env[name] === undefined || process.env[name] === '' ? fallback : Number(process.env[name]));
const bases = (process.env.BASE_URLS ?? process.env.BASE_URL ?? 'http://127.0.0.1:5199').split(',').map((u) => u.trim()).filter(Boolean);
const pids = (process.env.SERVER_PIDS ?? process.env.SERVER_PID ?? '').split(',').map(Number).filter((n) => n > 0);
const LABEL = process.env.LABEL ?? `${bases.length} instance(s)`;
const ARTICLES = env('ARTICLES', 10000);
const OUTLETS = env('OUTLETS', 60);             // the pool each event draws its 10-50 outlets from
const MIN_OUTLETS = env('MIN_OUTLETS', 10);
const MAX_OUTLETS = env('MAX_OUTLETS', 50);
const WIDE_EVENTS = env('WIDE_EVENTS', 4);      // events of WIDE_ARTICLES to WIDE_ARTICLES + WIDE_SPREAD articles
const WIDE_ARTICLES = env('WIDE_ARTICLES', 500);
const WIDE_SPREAD = env('WIDE_SPREAD', 150);
const CLIENTS = env('CLIENTS', 400);
const WATCHED_EVENTS = env('WATCHED_EVENTS', 20); // the wide events first, then ordinary ones
const UPLOADS = env('UPLOADS', 200);
const UPLOADS_PER_SECOND = env('UPLOADS_PER_SECOND', 2);
const FILLERS = env('FILLERS', 4);              // parallel uploaders while filling, spread over the instances
const QUIET_SECONDS = env('QUIET_SECONDS', 15);  // warm reads with no uploads, after the live phase

// A small deterministic generator (mulberry32), so every run fills the same shape.
let seed = env('SEED', 16);
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// Seed sentences, cut naively at ". " (good enough for filler text).
const seedDir = process.env.SEEDS ?? join(process.cwd(), 'seeds');
const sentences = readdirSync(seedDir).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(seedDir, f), 'utf8').split(/(?<=[.!?])\s+/))
  .map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.split(' ').length >= 5 && !s.startsWith('---'));
let cursor = 0;
const text = (n) => Array.from({ length: n }, () => sentences[cursor++ % sentences.length]).join(' ');

// Outlet names shaped like real ones (wire, national, local, broadcaster, opinion).
const places = ['Northern', 'Capital', 'Harbour', 'Valley', 'Metro', 'Coastal', 'County', 'Midland', 'Riverside', 'Highland',
  'Eastern', 'Western', 'Union', 'Lakeside', 'Borough'];
const kinds = ['Courier', 'Herald', 'Gazette', 'Post', 'Times', 'Chronicle', 'Wire', 'Standard', 'Review', 'Observer', 'Dispatch',
  'Echo', 'Ledger', 'Tribune'];
const outletNames = Array.from({ length: OUTLETS }, (_, i) => `The ${places[i % places.length]} ${kinds[Math.floor(i / places.length) % kinds.length]}`
  + (i >= places.length * kinds.length ? ` ${i}` : ''));

/** The fill plan: events with their outlets and article count, wide events first, adding up to ARTICLES. */
function planEvents() {
  const events = [];
  let left = ARTICLES;
  const add = (outlets, articles) => {
    const title = `Load event ${events.length}: ${['vote', 'strike', 'flood', 'summit', 'trial', 'budget', 'election', 'protest'][events.length % 8]}`;
    const chosen = [...outletNames].sort(() => random() - 0.5).slice(0, outlets);
    events.push({ title, outlets: chosen, articles, wide: articles >= WIDE_ARTICLES });
    left -= articles;
  };
  for (let w = 0; w < WIDE_EVENTS && left >= WIDE_ARTICLES; w++) add(between(Math.max(MIN_OUTLETS, MAX_OUTLETS - 10), MAX_OUTLETS), Math.min(left, WIDE_ARTICLES + between(0, WIDE_SPREAD)));
  while (left > 0) {
    const outlets = between(MIN_OUTLETS, MAX_OUTLETS);
    const articles = Math.min(left, outlets + between(0, outlets));
    if (articles < MIN_OUTLETS && events.length > WIDE_EVENTS) { events[events.length - 1].articles += articles; left -= articles; break; }
    add(Math.min(outlets, articles), articles);
  }
  return events;
}

const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '-');
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const instanceName = (i) => String.fromCharCode(65 + i); // A, B, ...

async function upload(instance, fields) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const response = await fetch(`${bases[instance]}/api/articles`, { method: 'POST', body: form });
  if (response.status !== 201) throw new Error(`upload through ${instanceName(instance)}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).id;
}

async function fill(events) {
  // Articles in a shuffled order (as a newsroom's day arrives, every event growing at once), each event's outlets in turn.
  const queue = events.flatMap((event) => Array.from({ length: event.articles }, (_, n) => ({ event, outlet: event.outlets[n % event.outlets.length], n })));
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queue[i], queue[j]] = [queue[j], queue[i]];
  }
  const started = performance.now();
  let next = 0;
  const worker = async (w) => {
    while (next < queue.length) {
      const i = next++;
      const { event, outlet, n } = queue[i];
      await upload(w % bases.length, { outlet, newEvent: event.title, title: `${event.title} / ${outlet} #${n}`, text: text(10 + (i % 30)) });
    }
  };
  await Promise.all(Array.from({ length: FILLERS }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  const wide = events.filter((e) => e.wide);
  const ordinary = events.filter((e) => !e.wide);
  console.log(`filled ${ARTICLES} articles in ${events.length} events through ${bases.length} instance(s) in ${seconds.toFixed(1)} s (${(ARTICLES / seconds).toFixed(0)} uploads/s, ${FILLERS} parallel uploaders)`);
  console.log(`  ${wide.length} wide events of ${wide.map((e) => e.articles).join(', ')} articles (${wide.map((e) => e.outlets.length).join(', ')} outlets); `
    + `${ordinary.length} others of ${Math.min(...ordinary.map((e) => e.articles))}-${Math.max(...ordinary.map((e) => e.articles))} articles `
    + `and ${Math.min(...ordinary.map((e) => e.outlets.length))}-${Math.max(...ordinary.map((e) => e.outlets.length))} outlets (mean ${(ordinary.reduce((s, e) => s + e.outlets.length, 0) / ordinary.length).toFixed(0)})`);
  return seconds;
}

async function resolveIds(events) {
  // /api/events comes a page at a time (at most 500, newest first): read every page.
  const list = [];
  for (let skip = 0; ; skip += 500) {
    const page = await (await fetch(`${bases[0]}/api/events?skip=${skip}&take=500`)).json();
    list.push(...page);
    if (page.length < 500) break;
  }
  const byTitle = new Map(list.map((e) => [e.title, e.id]));
  for (const e of events) {
    e.id = byTitle.get(e.title);
    if (!e.id) throw new Error(`event "${e.title}" is not in /api/events`);
  }
}

/** Dashboard clients, client c on instance c % N watching watched[c % watched.length]. */
async function connectClients(watched, pending) {
  const clients = [];
  for (let c = 0; c < CLIENTS; c++) {
    const instance = c % bases.length;
    const event = watched[Math.floor(c / bases.length) % watched.length];
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(`${bases[instance]}/hubs/dashboard`, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
      .configureLogging(signalR.LogLevel.None).build();
    const client = { connection, instance, event, seen: new Set() };
    connection.on('EventUpdated', (dashboard) => {
      const now = performance.now();
      if (dashboard.eventId !== event.id) return;
      for (const article of dashboard.articles) {
        const up = pending.get(article.title);
        if (up && up.event === event && !client.seen.has(article.title)) {
          client.seen.add(article.title);
          up.latencies.push({ ms: now - up.started, cross: up.instance !== instance });
        }
      }
    });
    connection.on('EventsChanged', () => {});
    await connection.start();
    await connection.invoke('WatchEvent', event.id);
    clients.push(client);
  }
  return clients;
}

/** Timed GETs, bucketed by name ("GET /api/events/{id}/comparison (wide)"), with the response sizes. */
const timings = new Map();
async function timeGet(instance, name, path) {
  const started = performance.now();
  const response = await fetch(`${bases[instance]}${path}`);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path} on ${instanceName(instance)}: HTTP ${response.status}`);
  const t = timings.get(name) ?? { ms: [], bytes: 0 };
  t.ms.push(performance.now() - started);
  t.bytes = Math.max(t.bytes, body.byteLength);
  timings.set(name, t);
}

// Two readers per instance, so a slow comparison does not starve the pages: one asks for comparisons, one for pages
// and lists, each going round the watched events.
async function pollComparisons(instance, watched, phase, running) {
  for (let k = instance; running(); k++) {
    const e = watched[k % watched.length];
    await timeGet(instance, `${phase} GET /api/events/{id}/comparison (${e.wide ? 'wide event' : 'ordinary event'})`, `/api/events/${encodeURIComponent(e.id)}/comparison`);
    if (phase === 'quiet') {
      // The same answer without the comparison part: what is left of a served comparison's time is writing its JSON.
      await timeGet(instance, `${phase} GET /api/events/{id}/comparison?only=dashboard (${e.wide ? 'wide' : 'ordinary'})`, `/api/events/${encodeURIComponent(e.id)}/comparison?only=dashboard`);
    }
    await sleep(50);
  }
}

async function pollPages(instance, watched, phase, running) {
  for (let k = instance; running(); k++) {
    const e = watched[k % watched.length];
    const id = encodeURIComponent(e.id);
    await timeGet(instance, `${phase} GET / page (${e.wide ? 'wide event' : 'ordinary event'})`, `/?event=${id}`);
    await timeGet(instance, `${phase} GET /events/{id} page (${e.wide ? 'wide event' : 'ordinary event'})`, `/events/${id}`);
    if (k % 4 === 0) {
      await timeGet(instance, `${phase} GET /api/events`, '/api/events');
      await timeGet(instance, `${phase} GET /events page`, '/events');
      await timeGet(instance, `${phase} GET /outlets page`, '/outlets');
    }
    await sleep(50);
  }
}

const poll = (instance, watched, phase, running) =>
  Promise.all([pollComparisons(instance, watched, phase, running), pollPages(instance, watched, phase, running)]);

function rssMegabytes(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}

// The sum of a metric's series, or of those whose labels include `label` (e.g. part="dashboard").
async function metric(instance, name, label = '') {
  const text = await (await fetch(`${bases[instance]}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith(name) && (l[name.length] === ' ' || l[name.length] === '{'))
    .filter((l) => l.slice(name.length, l.lastIndexOf(' ')).includes(label))
    .reduce((s, l) => s + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

// ---- run ----
console.log(`== ${LABEL}: ${bases.map((b, i) => `${instanceName(i)} ${b}`).join(', ')}`);
const events = planEvents();
await fill(events);
await resolveIds(events);
const watched = [...events.filter((e) => e.wide), ...events.filter((e) => !e.wide)].slice(0, WATCHED_EVENTS);
const pending = new Map();
const connectStarted = performance.now();
const clients = await connectClients(watched, pending);
console.log(`connected ${clients.length} dashboard clients over WebSockets in ${((performance.now() - connectStarted) / 1000).toFixed(1)} s: `
  + `${bases.map((_, i) => `${clients.filter((c) => c.instance === i).length} on ${instanceName(i)}`).join(', ')}, `
  + `watching ${watched.length} events (${watched.filter((e) => e.wide).length} wide), ${(CLIENTS / watched.length).toFixed(0)} clients each`);

const peak = pids.map(rssMegabytes);
const loads = [];
const samplePeak = () => {
  pids.forEach((p, i) => { peak[i] = Math.max(peak[i], rssMegabytes(p)); });
  loads.push(loadavg()[0]);
};
let live = true;
const pollers = bases.map((_, i) => poll(i, watched, 'live', () => live));

const uploadsStarted = performance.now();
const uploadMs = [];
for (let u = 0; u < UPLOADS; u++) {
  const event = watched[u % watched.length];
  const instance = u % bases.length;
  const outlet = event.outlets[u % event.outlets.length];
  const title = `Live upload ${u} / ${event.title}`;
  const up = { event, instance, started: performance.now(), latencies: [] };
  pending.set(title, up);
  await upload(instance, { outlet, newEvent: event.title, title, text: text(20) });
  uploadMs.push(performance.now() - up.started);
  samplePeak();
  const due = uploadsStarted + ((u + 1) * 1000) / UPLOADS_PER_SECOND;
  await sleep(Math.max(0, due - performance.now()));
}
await sleep(env('SETTLE_SECONDS', 5) * 1000); // the last pushes
live = false;
await Promise.all(pollers);
samplePeak();

// Quiet: no uploads. Every comparison is built once on every instance first (not timed), so what is timed is serving
// a built comparison; the difference from the live figures is the rebuilding after each upload.
const warmStarted = performance.now();
for (let i = 0; i < bases.length; i++) {
  for (const e of watched) await fetch(`${bases[i]}/api/events/${encodeURIComponent(e.id)}/comparison`).then((r) => r.arrayBuffer());
}
console.log(`quiet phase: built the ${watched.length} watched comparisons on ${bases.length} instance(s) in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s`);
let quiet = true;
const quietPollers = bases.map((_, i) => poll(i, watched, 'quiet', () => quiet));
await sleep(QUIET_SECONDS * 1000);
quiet = false;
await Promise.all(quietPollers);

// ---- report ----
const all = [...pending.values()].flatMap((u) => u.latencies);
const line = (name, values) => `${name.padEnd(58)} n=${String(values.length).padStart(5)}  p50 ${ms(percentile(values, 50)).padStart(7)}  p95 ${ms(percentile(values, 95)).padStart(7)}  max ${ms(Math.max(...values)).padStart(7)}`;
console.log(`uploads: ${UPLOADS} at ${UPLOADS_PER_SECOND}/s through ${bases.length === 1 ? 'the instance' : 'each instance in turn'}, each pushed to the ${(CLIENTS / watched.length).toFixed(0)} clients watching its event`);
console.log(line('POST /api/articles (live upload)', uploadMs));
console.log(line('upload -> push, every client', all.map((l) => l.ms)));
if (bases.length > 1) {
  console.log(line('upload -> push, client on the same instance', all.filter((l) => !l.cross).map((l) => l.ms)));
  console.log(line('upload -> push, client on the other instance', all.filter((l) => l.cross).map((l) => l.ms)));
}
for (const wide of [true, false]) {
  console.log(line(`upload -> push, ${wide ? 'wide events' : 'ordinary events'}`,
    [...pending.values()].filter((u) => u.event.wide === wide).flatMap((u) => u.latencies.map((l) => l.ms))));
}
let expected = 0;
let received = 0;
const short = [];
for (const c of clients) {
  const want = [...pending.values()].filter((u) => u.event === c.event).length;
  expected += want;
  received += c.seen.size;
  if (c.seen.size < want) short.push(`client on ${instanceName(c.instance)} watching ${c.event.title}: ${c.seen.size} of ${want}`);
}
console.log(`pushes received: ${received} of ${expected} expected (${expected - received} dropped); clients that missed any: ${short.length} of ${clients.length}`);
for (const s of short.slice(0, 10)) console.log(`  ${s}`);
for (const [name, t] of [...timings.entries()].sort(([a], [b]) => a.localeCompare(b))) console.log(`${line(name, t.ms)}  largest ${(t.bytes / 1024).toFixed(0)} KB`);
for (let i = 0; i < bases.length; i++) {
  // The cache keeps each event's comparison and its dashboard apart (label part); a dashboard build also makes each push.
  const parts = [];
  for (const part of ['comparison', 'dashboard']) {
    const label = `part="${part}"`;
    const builds = await metric(i, 'biasdashboard_comparison_build_duration_seconds_count', label);
    const buildSeconds = await metric(i, 'biasdashboard_comparison_build_duration_seconds_sum', label);
    const hits = await metric(i, 'biasdashboard_comparison_cache_hits_total', label);
    const misses = await metric(i, 'biasdashboard_comparison_cache_misses_total', label);
    parts.push(`${part}s ${hits} hits, ${misses} misses, ${builds} builds averaging ${builds ? ((buildSeconds / builds) * 1000).toFixed(0) : '-'} ms`);
  }
  console.log(`instance ${instanceName(i)}: RSS ${rssMegabytes(pids[i]).toFixed(0)} MB now, ${peak[i]?.toFixed(0)} MB peak; `
    + `cache: ${parts.join('; ')}`);
}
console.log(`machine: ${cpus().length} cores, 1-minute load average during the live phase ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} (mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)}); shared with other work`);
await Promise.all(clients.map((c) => c.connection.stop()));
process.exit(received === expected ? 0 : 1);
