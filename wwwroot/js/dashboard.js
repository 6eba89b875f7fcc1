// The live dashboard: draws the event's figures with Plotly and redraws them when the hub pushes a newer
// version. Client method names match Dashboard/IDashboardClient.cs. Uploaded text is only ever set through
// textContent, never as HTML.
const initial = JSON.parse(document.getElementById('dashboard-data').textContent);
let current = initial;
const charts = { compound: 'chart-compound', shares: 'chart-shares', arc: 'chart-arc' };
const plotConfig = { responsive: true, displaylogo: false };
const live = document.getElementById('live');

function setLive(state, text) {
  live.hidden = false;
  live.dataset.state = state;
  live.textContent = text;
}

async function draw(dashboard) {
  for (const [key, id] of Object.entries(charts)) {
    const el = document.getElementById(id);
    const { figure, caption } = dashboard.figures[key];
    await Plotly.react(el, figure.data, figure.layout, plotConfig);
    el.dataset.version = String(dashboard.version);
    document.getElementById(`caption-${key}`).textContent = caption;
  }
  document.getElementById('coverage').textContent =
    `${dashboard.outlets.length} outlets, ${dashboard.articles.length} articles`;
  const option = [...document.getElementById('event').options].find((o) => o.value === dashboard.eventId);
  if (option) option.textContent = `${dashboard.title} (${dashboard.outlets.length} outlets, ${dashboard.articles.length} articles)`;
  renderArticles(dashboard.articles);
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

async function resync() {
  const response = await fetch(`/api/events/${encodeURIComponent(current.eventId)}/comparison`);
  if (response.ok) await apply(await response.json(), false);
}

async function refreshPicker() {
  const response = await fetch('/api/events');
  if (!response.ok) return;
  const select = document.getElementById('event');
  select.replaceChildren();
  for (const e of await response.json()) {
    const option = new Option(`${e.title} (${e.outlets} outlets, ${e.articles} articles)`, e.id);
    option.selected = e.id === current.eventId;
    select.append(option);
  }
}

document.getElementById('event').addEventListener('change', (e) => e.target.form.submit());

const connection = new signalR.HubConnectionBuilder()
  .withUrl('/hubs/dashboard')
  // Keep trying for ever (every 10 s at most): a classroom screen should heal itself after a server restart.
  .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(1000 * 2 ** ctx.previousRetryCount, 10000) })
  .build();
connection.on('EventUpdated', (dashboard) => apply(dashboard, true));
connection.on('EventsChanged', refreshPicker);
connection.onreconnecting(() => setLive('reconnecting', 'reconnecting…'));
connection.onreconnected(async () => {
  await connection.invoke('WatchEvent', current.eventId);
  await resync();
  setLive('live', 'live');
});

async function start() {
  try {
    await connection.start();
    await connection.invoke('WatchEvent', current.eventId);
    await resync();
    setLive('live', 'live');
  } catch {
    setLive('offline', 'offline, retrying…');
    setTimeout(start, 5000);
  }
}

await draw(current);
await start();
