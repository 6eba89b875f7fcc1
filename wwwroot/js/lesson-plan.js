// The lesson planner: as the teacher ticks articles and picks an excerpt length, the estimated lesson time follows
// (the same arithmetic as the server's LessonPlanner: words read at a set pace, plus answering time per article).
const plan = document.getElementById('plan');
if (plan) {
  const wpm = Number(plan.dataset.wpm);
  const answer = Number(plan.dataset.answerMinutes);
  const out = document.getElementById('estimate-minutes');
  const update = () => {
    const paragraphs = Number(document.getElementById('excerpt').value || 0);
    let words = 0;
    let count = 0;
    for (const box of plan.querySelectorAll('input[name=articleIds]:checked')) {
      const through = box.dataset.through ? box.dataset.through.split(',').map(Number) : [];
      words += paragraphs > 0 && paragraphs < through.length ? through[paragraphs - 1] : Number(box.dataset.words);
      count += 1;
    }
    out.textContent = String(Math.ceil(words / wpm + answer * count));
  };
  plan.addEventListener('change', update);
  update();
}
