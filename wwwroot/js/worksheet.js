// The worksheet: each chart is drawn once, off screen, and replaced by a still image (with its caption as alt text),
// so it prints and saves to PDF like the rest of the page.
const figures = JSON.parse(document.getElementById('worksheet-figures').textContent);
document.getElementById('print').addEventListener('click', () => window.print());

for (const holder of document.querySelectorAll('[data-figure]')) {
  const captioned = figures[holder.dataset.figure];
  if (!captioned) continue;
  const scratch = document.createElement('div');
  scratch.style.cssText = 'position:absolute;left:-10000px;width:900px';
  document.body.append(scratch);
  await Plotly.newPlot(scratch, captioned.figure.data, { ...captioned.figure.layout, width: 900 }, { staticPlot: true });
  const url = await Plotly.toImage(scratch, { format: 'png', width: 900, height: captioned.figure.layout.height ?? 360 });
  Plotly.purge(scratch);
  scratch.remove();
  const img = document.createElement('img');
  img.src = url;
  img.alt = captioned.caption;
  img.className = 'still-image';
  holder.replaceChildren(img);
}
document.body.dataset.worksheetReady = 'true';
