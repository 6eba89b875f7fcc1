// The framing legend: each checkbox shows or hides one category's highlights in the article text.
for (const box of document.querySelectorAll('.framing-legend input[type=checkbox]')) {
  box.addEventListener('change', () => {
    for (const mark of document.querySelectorAll('.article-text mark.f')) {
      if (mark.dataset.cat === box.dataset.cat) mark.classList.toggle('off', !box.checked);
    }
  });
}

// "Why this score": the words behind a sentence's compound, and what-if editing. Scores come from the server's
// VADER (POST /api/sentiment/explain); the article and outlet means are recomputed here with the edited
// sentence in place of the original. Nothing is saved.
const panel = document.getElementById('why');
const data = JSON.parse(document.getElementById('panel-data').textContent);
const input = document.getElementById('why-text');
const fmt = (x) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);
let open = null;
let pending = 0;

const toneSelect = document.getElementById('why-tone');

async function explain(text) {
  const response = await fetch('/api/sentiment/explain', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, tone: toneSelect.value }),
  });
  return response.ok ? response.json() : null;
}

function mean(sum, count) { return count === 0 ? 0 : sum / count; }

function render(result) {
  const original = data.sentences.find((s) => s.index === open.index).compound;
  const sum = data.sentences.reduce((a, s) => a + s.compound, 0);
  const n = data.sentences.length;
  const lines = [
    `Sentence: ${fmt(original)} → ${fmt(result.compound)}`,
    `Article mean: ${fmt(mean(sum, n))} → ${fmt(mean(sum - original + result.compound, n))}`,
    ...data.outlets.map((o) => `${o.outlet} in “${o.eventTitle}”: ${fmt(mean(o.sum, o.count))} → ${
      fmt(mean(o.sum - original + result.compound, o.count))}`),
  ];
  if (result.tone === 'news') lines[0] += ' (news tone: VADER plus the news extension; the standard VADER score is the reference)';
  const scores = document.getElementById('why-scores');
  scores.replaceChildren(...lines.flatMap((l, i) => (i ? [document.createElement('br'), l] : [l])));
  // Every word of the sentence, including those VADER does not know: saying so is the point.
  const body = document.querySelector('#why-words tbody');
  body.replaceChildren();
  for (const w of result.words) {
    const row = body.insertRow();
    row.insertCell().textContent = w.word;
    row.insertCell().textContent = w.lexiconValence === undefined || w.lexiconValence === null ? '—' : w.lexiconValence.toFixed(2);
    row.insertCell().textContent = w.valence.toFixed(3);
    const loaded = result.loaded.filter((m) => m.start < w.end && w.start < m.end);
    // The plain sentence for words that carry a valence or are loaded; a short one for the rest, so the table stays readable.
    const known = w.lexiconValence !== undefined && w.lexiconValence !== null;
    const note = known || loaded.length ? w.note : 'not in the word list: no effect on the tone';
    row.insertCell().textContent = w.effect ? `${note}; ${w.effect}` : note;
    row.insertCell().textContent = loaded.map((m) => (m.neutralBecause
      ? `not counted: ${m.neutralBecause}`
      : `${m.category} · weight ${m.weight.toFixed(2)} · ${m.source}${
        m.rules.length ? ` · would not count if: ${m.rules.join('; ')}` : ''}`)).join(' | ');
  }
  const counted = result.loaded.filter((m) => !m.neutralBecause);
  document.getElementById('why-loaded').textContent = counted.length
    ? `Loaded score ${result.loadedScore.toFixed(2)}: ${
      counted.map((m) => `“${m.text}” (${m.category}, ${m.weight.toFixed(2)})`).join(', ')}.`
      + ' Loaded language and tone are separate measures: a word can be loaded and still have no valence.'
    : 'No loaded-language words in this sentence (loaded score 0).';
  const hints = document.getElementById('why-hints');
  hints.replaceChildren(...result.hints.map((h) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Try it';
    button.addEventListener('click', () => { input.value = h.edited; update(); });
    li.append(`${h.says} `, button);
    return li;
  }));
}

async function update() {
  const ticket = ++pending;
  const result = await explain(input.value);
  if (result && ticket === pending) render(result);
}

async function show(span) {
  open = { index: Number(span.dataset.index) };
  input.value = span.textContent;
  const terms = [...span.querySelectorAll('mark.f')].map((m) => m.title);
  document.getElementById('why-framing').textContent = terms.length
    ? `Framing words here: ${terms.join('; ')}`
    : 'No framing words in this sentence.';
  panel.hidden = false;
  await update();
  input.focus({ preventScroll: true });
  // The panel sits at the bottom of the screen: keep the sentence just chosen above it, not under it.
  const covered = span.getBoundingClientRect().bottom - panel.getBoundingClientRect().top + 12;
  if (covered > 0) window.scrollBy({ top: covered });
}

// One tab stop for the whole text (roving tabindex): Tab reaches the sentences once, the arrow keys move between
// them, Enter explains one. Without this script every sentence is its own tab stop, so nothing becomes unreachable.
const sentences = [...document.querySelectorAll('.article-text .s')];
for (const [i, span] of sentences.entries()) {
  span.tabIndex = i === 0 ? 0 : -1;
  for (const mark of span.querySelectorAll('[tabindex]')) mark.tabIndex = -1;
  span.addEventListener('click', () => show(span));
  span.addEventListener('focus', () => { for (const other of sentences) other.tabIndex = other === span ? 0 : -1; });
  span.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') show(span);
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(sentences.length - 1, Number.isFinite(step) ? i + step : (step < 0 ? 0 : sentences.length - 1)));
    sentences[next].focus();
  });
}
let timer = 0;
input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 200); });
toneSelect.addEventListener('change', update);
document.getElementById('why-close').addEventListener('click', () => { panel.hidden = true; });

document.getElementById('why-save').addEventListener('click', async () => {
  const status = document.getElementById('why-saved');
  const articleId = Number(document.querySelector('[data-article]').dataset.article);
  const response = await fetch('/api/lesson-examples', {
    method: 'POST',
    headers: { 'content-type': 'application/json' }, // the teacher's sign-in cookie goes with it (same site only)
    body: JSON.stringify({ articleId, sentenceIndex: open.index, edited: input.value, note: document.getElementById('why-note').value }),
  });
  status.textContent = response.status === 201
    ? ' saved — see /lessons'
    : ` not saved (${(await response.json()).detail ?? response.status})`;
});
