// The upload form. Before storing anything it asks the server where each article would go (POST /api/articles/plan):
// the event it is most like with the similarity, or a proposed new event, with the reasons (shared terms, dates, the
// closest other event) and what each file does not say, and — for a listing page holding several articles — each
// article on its own. The uploader checks or changes each choice, then every article is posted one at
// a time to the page's File handler (antiforgery token included) with its own progress. Without JavaScript the form
// still posts everything at once and the server applies the same choices. Uploaded text only ever goes into
// textContent or form values, never into HTML.
const form = document.getElementById('upload-form');
const filesInput = document.getElementById('files');
const textInput = document.getElementById('text');
const list = document.getElementById('progress');
const review = document.getElementById('review');
const reviewBody = document.querySelector('#review-table tbody');
const events = JSON.parse(document.getElementById('event-options').textContent);
let pending = [];

function send(fields, file, label) {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.textContent = label;
  const bar = document.createElement('progress');
  bar.max = 100;
  bar.value = 0;
  const status = document.createElement('span');
  status.className = 'status';
  status.textContent = ' waiting…';
  item.append(name, ' ', bar, status);
  list.append(item);

  return new Promise((resolve) => {
    const data = new FormData();
    for (const [key, value] of fields) data.append(key, value);
    if (file) data.append('files', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '?handler=File');
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = Math.round((100 * e.loaded) / e.total); };
    xhr.onload = () => {
      bar.value = 100;
      let result = null;
      try { result = JSON.parse(xhr.responseText); } catch { /* not JSON: report the status below */ }
      if (xhr.status === 200 && result && result.articleId) {
        const link = document.createElement('a');
        link.href = `/articles/${result.articleId}`;
        link.textContent = 'stored';
        status.replaceChildren(' ', link);
        item.className = 'ok';
      } else {
        status.textContent = ` refused — ${result && result.error ? result.error : `HTTP ${xhr.status}`}`;
        item.className = 'refused';
      }
      resolve();
    };
    xhr.onerror = () => { status.textContent = ' failed: the server could not be reached'; item.className = 'refused'; resolve(); };
    xhr.send(data);
  });
}

function chosenByHand() {
  return [...document.getElementById('eventIds').selectedOptions].length > 0 || document.getElementById('newEvent').value.trim() !== '';
}

// Proposed new events: one editable name per group, shared by every article in it (the name is neutral — the
// headline words the group's outlets share — with the earliest date).
const newEventsBox = document.getElementById('new-events');
const newEventsBody = document.querySelector('#new-events-table tbody');
let groupNames = new Map();

function groupTable(entries) {
  groupNames = new Map();
  newEventsBody.replaceChildren();
  const groups = new Map();
  for (const entry of entries) {
    const g = entry.plan.newGroup;
    if (entry.plan.error || g === null || g === undefined) continue;
    if (!groups.has(g)) groups.set(g, { title: entry.plan.newEventTitle ?? entry.plan.title ?? entry.label, count: 0 });
    groups.get(g).count += 1;
  }
  for (const [g, info] of [...groups].sort((a, b) => a[0] - b[0])) {
    const row = newEventsBody.insertRow();
    row.insertCell().textContent = `${g + 1}`;
    const name = document.createElement('input');
    name.maxLength = 300;
    name.value = info.title;
    name.id = `group-name-${g}`;
    name.setAttribute('aria-label', `Name of new event ${g + 1}`);
    name.addEventListener('input', () => {
      for (const option of document.querySelectorAll(`option[data-group="${g}"]`)) option.textContent = `new: ${name.value}`;
    });
    row.insertCell().append(name);
    row.insertCell().textContent = `${info.count}`;
    groupNames.set(g, name);
  }
  newEventsBox.hidden = groups.size === 0;
}

function eventTitle(id) {
  const found = events.find((e) => e.id === id);
  return found ? found.title : id;
}

// The reasons a person can check: similarity against the cut, the terms shared, the dates, the closest other event.
function why(plan, select, title) {
  const cell = document.createElement('div');
  const reason = plan.reason;
  if (!reason) return cell;
  const line = document.createElement('div');
  const joined = plan.existing || (plan.newGroup !== null && plan.newGroup !== undefined && reason.similarity > 0);
  line.textContent = joined
    ? `similarity ${reason.similarity.toFixed(2)} (joins at ${reason.cut.toFixed(2)})`
    : `alone: nothing reaches ${reason.cut.toFixed(2)}`;
  cell.append(line);
  if (reason.shared.length > 0) {
    const terms = document.createElement('div');
    terms.className = 'meta';
    terms.textContent = `shares: ${reason.shared.map((t) => `${t.text}${t.articles > 1 ? ` (${t.articles})` : ''}`).join(', ')}`;
    cell.append(terms);
  }
  const dates = document.createElement('div');
  dates.className = 'meta';
  const range = reason.eventFrom
    ? (reason.eventFrom === reason.eventTo ? reason.eventFrom : `${reason.eventFrom} to ${reason.eventTo}`)
    : null;
  dates.textContent = `dated ${reason.date ?? 'unknown'}${range ? `; the others ${range}` : ''}`;
  cell.append(dates);
  const closestName = reason.closestEventId ? eventTitle(reason.closestEventId) : reason.closestNewEvent;
  if (closestName) {
    const other = document.createElement('div');
    other.className = 'meta';
    other.textContent = `closest other: ${closestName} (${reason.closestSimilarity.toFixed(2)}) `;
    const target = reason.closestEventId
      ? `id:${reason.closestEventId}`
      : [...select.options].find((o) => o.dataset.title === reason.closestNewEvent)?.value;
    if (target) {
      const move = document.createElement('button');
      move.type = 'button';
      move.className = 'secondary small';
      move.textContent = 'move there';
      move.setAttribute('aria-label', `Move to ${closestName}`);
      move.addEventListener('click', () => {
        select.value = target;
        select.dispatchEvent(new Event('change'));
      });
      other.append(move);
    }
    cell.append(other);
  }
  return cell;
}

// One review row per article: keep it or not, the event it goes to (suggested, a proposed group, on its own, or any
// stored event), why, and what the file does not say.
function reviewRow(entry, index, groups) {
  const row = reviewBody.insertRow();
  const keep = document.createElement('input');
  keep.type = 'checkbox';
  keep.checked = !entry.plan.error;
  keep.disabled = Boolean(entry.plan.error);
  keep.id = `keep-${index}`;
  keep.setAttribute('aria-label', 'Keep this article');
  row.insertCell().append(keep);

  const what = row.insertCell();
  const label = document.createElement('label');
  label.htmlFor = keep.id;
  const part = entry.plan.part !== null && entry.plan.part !== undefined ? ` — article ${entry.plan.part + 1} of ${entry.plan.parts}` : '';
  label.textContent = `${entry.label}${part}`;
  what.append(label);
  if (entry.plan.title) {
    const title = document.createElement('div');
    title.className = 'meta';
    title.textContent = `${entry.plan.title}${entry.plan.published ? ` · ${entry.plan.published}` : ''}${
      entry.plan.outlet ? ` · ${entry.plan.outlet}` : ''}`;
    what.append(title);
  }
  const fromForm = { title: 'title', date: 'published', outlet: 'outlet' };
  const missing = (entry.plan.missing ?? []).filter((field) => !document.getElementById(fromForm[field])?.value.trim());
  if (missing.length > 0 && !entry.plan.error) {
    const flag = document.createElement('div');
    flag.className = 'missing';
    flag.textContent = `missing: ${missing.join(', ')} — fill it in the form above, or it is stored without`;
    what.append(flag);
  }

  const where = row.insertCell();
  const reasons = row.insertCell();
  if (entry.plan.error) {
    where.textContent = `cannot be stored: ${entry.plan.error}`;
    where.className = 'refused';
    return { entry, keep, select: null, title: null };
  }
  const select = document.createElement('select');
  select.setAttribute('aria-label', `Event for ${label.textContent}`);
  if (chosenByHand()) select.append(new Option('as chosen above', 'form', true, true));
  for (const [g, name] of groups) {
    const option = new Option(`new: ${name.value}`, `group:${g}`);
    option.dataset.group = `${g}`;
    option.dataset.title = name.value;
    select.append(option);
  }
  select.append(new Option('new event on its own', 'new'));
  for (const e of events) {
    const suggested = entry.plan.existing && entry.plan.existing.eventId === e.id;
    select.append(new Option(
      suggested ? `${e.title} — suggested, similarity ${entry.plan.existing.score.toFixed(2)}` : e.title,
      `id:${e.id}`));
  }
  if (!chosenByHand()) {
    select.value = entry.plan.existing ? `id:${entry.plan.existing.eventId}`
      : entry.plan.newGroup !== null && entry.plan.newGroup !== undefined ? `group:${entry.plan.newGroup}` : 'new';
  }
  const title = document.createElement('input');
  title.maxLength = 300;
  title.value = entry.plan.title ?? entry.label;
  title.setAttribute('aria-label', 'New event title');
  title.hidden = select.value !== 'new';
  select.addEventListener('change', () => { title.hidden = select.value !== 'new'; });
  where.append(select, ' ', title);
  reasons.append(why(entry.plan, select, title));
  return { entry, keep, select, title };
}

async function plan(files, text) {
  const data = new FormData();
  for (const file of files) data.append('files', file);
  if (text) data.append('text', text);
  const response = await fetch('/api/articles/plan', { method: 'POST', body: data });
  if (!response.ok) return null;
  return response.json();
}

form.addEventListener('submit', async (event) => {
  const files = [...filesInput.files];
  const text = textInput.value.trim();
  if (files.length === 0 && !text) return; // let the server say what is missing
  event.preventDefault();
  list.replaceChildren();
  const planned = await plan(files, textInput.value);
  if (!planned) {
    // The plan could not be made (too many or too large files): upload as before and let the server explain.
    const fields = [...new FormData(form)].filter(([key]) => key !== 'files' && key !== 'text');
    for (const file of files) await send(fields, file, file.name);
    if (text) await send([...fields, ['text', textInput.value]], null, 'pasted text');
    return;
  }
  const split = document.getElementById('split').checked;
  if (chosenByHand() && !(split && planned.some((p) => p.parts > 1))) {
    // The uploader named the event and nothing needs splitting: nothing to check, store straight away.
    const fields = [...new FormData(form)].filter(([key]) => key !== 'files' && key !== 'text');
    for (const file of files) await send(fields, file, file.name);
    if (text) await send([...fields, ['text', textInput.value]], null, 'pasted text');
    return;
  }
  const byFile = new Map(files.map((f) => [f.name, f]));
  const entries = planned
    .filter((p) => split || p.part === null || p.part === undefined || p.part === 0)
    .map((p) => ({ plan: split ? p : { ...p, part: null, parts: 1 }, label: p.file, file: byFile.get(p.file) ?? null }));
  reviewBody.replaceChildren();
  groupTable(entries);
  pending = entries.map((entry, index) => reviewRow(entry, index, groupNames));
  review.hidden = false;
  document.getElementById('store').focus();
});

document.getElementById('store').addEventListener('click', async () => {
  const base = [...new FormData(form)].filter(([key]) => !['files', 'text', 'eventIds', 'newEvent', 'autoEvent', 'split'].includes(key));
  const handChosen = [...new FormData(form)].filter(([key]) => key === 'eventIds' || key === 'newEvent');
  review.hidden = true;
  for (const { entry, keep, select, title } of pending) {
    if (entry.plan.error) {
      // Refused when read: listed with its reason, and nothing is sent.
      const item = document.createElement('li');
      item.className = 'refused';
      item.textContent = `${entry.label} refused — ${entry.label}: ${entry.plan.error}`;
      list.append(item);
      continue;
    }
    if (!keep.checked || !select) continue;
    const fields = [...base];
    if (entry.plan.part !== null && entry.plan.part !== undefined) fields.push(['split', String(entry.plan.part)]);
    if (select.value === 'form') fields.push(...handChosen);
    else if (select.value === 'new') fields.push(['newEvent', title.value.trim() || entry.plan.title || entry.label]);
    else if (select.value.startsWith('group:')) {
      const name = groupNames.get(Number(select.value.slice(6)));
      fields.push(['newEvent', (name && name.value.trim()) || entry.plan.newEventTitle || entry.plan.title || entry.label]);
    }
    else fields.push(['eventIds', select.value.slice(3)]);
    const label = entry.plan.part !== null && entry.plan.part !== undefined ? `${entry.label} #${entry.plan.part + 1}` : entry.label;
    if (entry.file) await send(fields, entry.file, label);
    else await send([...fields, ['text', textInput.value]], null, label);
  }
  pending = [];
});

document.getElementById('cancel-review').addEventListener('click', () => {
  review.hidden = true;
  pending = [];
});
