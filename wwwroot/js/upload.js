// The upload form. Before storing anything it asks the server where each article would go (POST /api/articles/plan):
// the event it is most like with the similarity, or a proposed new event, and — for a listing page holding several
// articles — each article on its own. The uploader checks or changes each choice, then every article is posted one at
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

// One review row per article: keep it or not, and the event it goes to (suggested, new, or any stored event).
function reviewRow(entry, index) {
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
    title.textContent = `${entry.plan.title}${entry.plan.published ? ` · ${entry.plan.published}` : ''}`;
    what.append(title);
  }

  const where = row.insertCell();
  if (entry.plan.error) {
    where.textContent = `cannot be stored: ${entry.plan.error}`;
    where.className = 'refused';
    return { entry, keep, select: null, title: null };
  }
  const select = document.createElement('select');
  select.setAttribute('aria-label', `Event for ${label.textContent}`);
  if (chosenByHand()) select.append(new Option('as chosen above', 'form', true, true));
  const proposed = entry.plan.newEventTitle ?? entry.plan.title ?? entry.label;
  select.append(new Option(`new event${entry.plan.newGroup !== null && entry.plan.newGroup !== undefined ? ` (group ${entry.plan.newGroup + 1})` : ''}`, 'new'));
  for (const e of events) {
    const suggested = entry.plan.existing && entry.plan.existing.eventId === e.id;
    const option = new Option(suggested ? `${e.title} — suggested, similarity ${entry.plan.existing.score.toFixed(2)}` : e.title, `id:${e.id}`);
    select.append(option);
  }
  if (!chosenByHand()) select.value = entry.plan.existing ? `id:${entry.plan.existing.eventId}` : 'new';
  const title = document.createElement('input');
  title.maxLength = 300;
  title.value = proposed;
  title.setAttribute('aria-label', 'New event title');
  title.hidden = select.value !== 'new';
  select.addEventListener('change', () => { title.hidden = select.value !== 'new'; });
  where.append(select, ' ', title);
  if (entry.plan.existing) {
    const note = document.createElement('div');
    note.className = 'meta';
    note.textContent = `suggested: ${entry.plan.existing.title} (similarity ${entry.plan.existing.score.toFixed(2)})`;
    where.append(note);
  }
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
  pending = entries.map(reviewRow);
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
