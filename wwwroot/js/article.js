// The framing legend: each checkbox shows or hides one category's highlights in the article text.
for (const box of document.querySelectorAll('.framing-legend input[type=checkbox]')) {
  box.addEventListener('change', () => {
    for (const mark of document.querySelectorAll('.article-text mark.f')) {
      if (mark.dataset.cat === box.dataset.cat) mark.classList.toggle('off', !box.checked);
    }
  });
}
