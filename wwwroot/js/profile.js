// The outlet profile's two over-time charts, from the server-built figures in #profile-figures.
const figures = JSON.parse(document.getElementById('profile-figures').textContent);
const config = { responsive: true, displaylogo: false };
await Plotly.newPlot(document.getElementById('chart-tone'), figures.tone.figure.data, figures.tone.figure.layout, config);
await Plotly.newPlot(document.getElementById('chart-loaded'), figures.loaded.figure.data, figures.loaded.figure.layout, config);
