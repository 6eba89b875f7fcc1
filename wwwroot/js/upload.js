// Per-file progress for the upload form: posts one file at a time to the page's File handler (with the
// form's antiforgery token) and shows each file's progress and outcome. Without JavaScript the form
// still posts everything at once.
const form = document.getElementById('upload-form');
const filesInput = document.getElementById('files');
const textInput = document.getElementById('text');
const list = document.getElementById('progress');

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

form.addEventListener('submit', async (event) => {
  const files = [...filesInput.files];
  const text = textInput.value.trim();
  if (files.length === 0 && !text) return; // let the server say what is missing
  event.preventDefault();
  list.replaceChildren();
  const fields = [...new FormData(form)].filter(([key]) => key !== 'files' && key !== 'text');
  for (const file of files) await send(fields, file, file.name);
  if (text) await send([...fields, ['text', textInput.value]], null, 'pasted text');
});
