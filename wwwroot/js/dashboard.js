// The live dashboard: draws the event's figures with Plotly and redraws them when the hub pushes a newer
// version. Client method names match Dashboard/IDashboardClient.cs. Uploaded text is only ever set through
// textContent, never as HTML. The connection itself is live.js.
import { connectLive } from './live.js';

const initial = JSON.parse(document.getElementById('dashboard-data').textContent);
let current = initial;
const charts = { compound: 'chart-compound', shares: 'chart-shares', arc: 'chart-arc' };
const plotConfig = { responsive: true, displaylogo: false };

let voice = 'own';
const voiceFigure = { own: 'ownVoice', quoted: 'quoted', total: 'total' };

// Plotly labels arrive HTML-encoded (see the figure builders); a table shows them as text, decoded.
function decode(label) {
  const el = document.createElement('textarea');
  el.innerHTML = String(label);
  return el.value;
}

// The data table behind a heatmap: one row per y label, one column per x label.
function heatmapTable(table, trace) {
  table.tHead.replaceChildren();
  const header = table.tHead.insertRow();
  for (const label of ['', ...trace.x]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = decode(label);
    header.append(th);
  }
  table.tBodies[0].replaceChildren();
  trace.y.forEach((label, i) => {
    const row = table.tBodies[0].insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = decode(label);
    row.append(th);
    for (const value of trace.z[i]) row.insertCell().textContent = value === null ? '—' : Number(value).toFixed(1);
  });
}

async function drawFraming(dashboard) {
  const { figure, caption } = dashboard.framing[voiceFigure[voice]];
  await Plotly.react(document.getElementById('chart-framing'), figure.data, figure.layout, plotConfig);
  document.getElementById('caption-framing').textContent = caption;
  if (figure.data[0]) heatmapTable(document.getElementById('framing-table'), figure.data[0]);
}

function renderOutletTable(outlets) {
  const body = document.querySelector('#outlet-table tbody');
  body.replaceChildren();
  const pct = (x) => `${Math.round(100 * x)}%`;
  for (const o of outlets) {
    const row = body.insertRow();
    for (const text of [o.outlet, String(o.articles), String(o.sentences), o.meanCompound.toFixed(3),
      o.low === undefined || o.low === null ? '—' : `${o.low.toFixed(2)} to ${o.high.toFixed(2)}`,
      pct(o.sharePositive), pct(o.shareNeutral), pct(o.shareNegative)]) {
      row.insertCell().textContent = text;
    }
  }
}

function renderContested(framing, outlets) {
  const table = document.getElementById('contested');
  const head = table.tHead;
  head.replaceChildren();
  const header = head.insertRow();
  const corner = document.createElement('th');
  corner.textContent = 'Words';
  header.append(corner);
  for (const o of outlets) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = o.outlet;
    header.append(th);
  }
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const row of framing.contested) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.name;
    th.title = row.description;
    tr.append(th);
    for (const o of outlets) {
      const cell = row.cells.find((c) => c.outlet === o.outlet);
      const parts = (cell ? cell.options : []).map((x) => `${x.option} ${x.own}${x.quoted ? ` (${x.quoted})` : ''}`);
      tr.insertCell().textContent = parts.length ? parts.join(' · ') : '—';
    }
  }
}

for (const button of document.querySelectorAll('.toggle button')) {
  button.addEventListener('click', async () => {
    voice = button.dataset.voice;
    for (const b of document.querySelectorAll('.toggle button')) b.setAttribute('aria-pressed', String(b === button));
    await drawFraming(current);
  });
}

async function draw(dashboard) {
  for (const [key, id] of Object.entries(charts)) {
    const el = document.getElementById(id);
    const { figure, caption } = dashboard.figures[key];
    await Plotly.react(el, figure.data, figure.layout, plotConfig);
    el.dataset.version = String(dashboard.version);
    document.getElementById(`caption-${key}`).textContent = caption;
  }
  document.getElementById('coverage').textContent = counts(dashboard.outlets.length, dashboard.articles.length);
  const option = [...document.getElementById('event').options].find((o) => o.value === dashboard.eventId);
  if (option) option.textContent = `${dashboard.title} (${counts(dashboard.outlets.length, dashboard.articles.length)})`;
  renderArticles(dashboard.articles);
  renderOutletTable(dashboard.outlets);
  await drawFraming(dashboard);
  renderContested(dashboard.framing, dashboard.outlets);
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function counts(outlets, articles) {
  return `${plural(outlets, 'outlet', 'outlets')}, ${plural(articles, 'article', 'articles')}`;
}

function cell(row, text) {
  const td = row.insertCell();
  td.textContent = text ?? '';
  return td;
}

function safeHttp(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function renderArticles(articles) {
  const body = document.getElementById('articles');
  body.replaceChildren();
  for (const a of articles) {
    const row = body.insertRow();
    cell(row, a.outlet);
    const title = document.createElement('a');
    title.href = `/articles/${encodeURIComponent(a.id)}`;
    title.textContent = a.title;
    row.insertCell().append(title);
    cell(row, a.published);
    cell(row, String(a.sentences));
    cell(row, a.meanCompound.toFixed(3));
    const source = row.insertCell();
    const href = a.url && safeHttp(a.url);
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.rel = 'noopener noreferrer nofollow';
      link.textContent = 'link';
      source.append(link);
    }
  }
}

async function apply(dashboard, pushed) {
  if (dashboard.eventId !== current.eventId || dashboard.version <= current.version) return;
  current = dashboard;
  await draw(dashboard);
  if (pushed) {
    for (const id of Object.values(charts)) {
      const el = document.getElementById(id);
      el.dataset.updates = String(Number(el.dataset.updates) + 1);
    }
  }
}

// Pushes carry one bar per outlet; a page pooling outlets by a tag axis fetches its own grouping instead.
let servedUpdating = initial.updating === true; // the last dashboard served was an older one, while a newer one is built
let fetching = 0;
async function resync(pushed = false) {
  const by = current.groupedBy ? `&by=${encodeURIComponent(current.groupedBy)}` : '';
  fetching++;
  try {
    const response = await fetch(`/api/events/${encodeURIComponent(current.eventId)}/comparison?only=dashboard${by}`);
    if (!response.ok) return;
    const dashboard = await response.json();
    servedUpdating = dashboard.updating === true;
    await apply(dashboard, pushed);
  } finally {
    fetching--;
  }
}

// The server keeps the last dashboard it built and serves it, marked updating, while a newer one is built after a change;
// this push says the newer one is kept. A page pooled by a tag axis fetches it; so does one that was served an older
// one (catching up after a reconnect or a rescore) or is fetching now. A page of one bar per outlet drew it from the push.
async function dashboardReady(ready) {
  const by = (current.groupedBy ?? '').toLowerCase();
  if (ready.part !== 'dashboard' || ready.eventId !== current.eventId || (ready.by ?? '') !== by) return;
  if (current.groupedBy || servedUpdating || fetching > 0) await resync(Boolean(current.groupedBy));
}

// Two refreshes can overlap (a folder upload announces several changes): only the latest one fills the list, and it
// replaces the options in one step, so no event is ever listed twice.
let pickerRefresh = 0;
async function refreshPicker() {
  const mine = ++pickerRefresh;
  const response = await fetch('/api/events');
  if (!response.ok) return;
  const events = await response.json();
  if (mine !== pickerRefresh) return;
  const select = document.getElementById('event');
  const chosen = select.value || current.eventId;
  select.replaceChildren(...events.map((e) => {
    const option = new Option(`${e.title} (${counts(e.outlets, e.articles)})`, e.id);
    option.selected = e.id === chosen;
    return option;
  }));
}

// Choosing an event does not leave the page; the Show button does (WCAG 3.2.2, on input).

async function rescoreProgress(status) {
  const bar = document.getElementById('rescore');
  bar.hidden = status.finished;
  bar.value = status.total ? status.done / status.total : 1;
  bar.textContent = `rescoring ${status.done} of ${status.total}`;
  if (status.finished) await resync(false);
}

await draw(current);
await connectLive({
  hub: '/hubs/dashboard',
  on: {
    EventUpdated: (dashboard) => (current.groupedBy ? resync(true) : apply(dashboard, true)),
    EventsChanged: refreshPicker,
    ComparisonReady: dashboardReady,
    RescoreProgress: rescoreProgress,
  },
  join: (connection) => connection.invoke('WatchEvent', current.eventId),
  catchUp: () => resync(),
  catchUpOnStart: true,
});
