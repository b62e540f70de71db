// The progress page's charts, drawn with the vendored Chart.js from the same numbers as each chart's table.
// Without this file (or without JavaScript) the tables stay open and the page shows every figure.
(function () {
  "use strict";

  function cssColor(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#1d4ed8";
  }

  function draw(box) {
    var source = document.getElementById(box.dataset.chart);
    if (!source) return;
    var data = JSON.parse(source.textContent);
    var horizontal = data.kind === "hbar";
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", data.caption + ". The numbers are in the table that follows.");
    canvas.textContent = data.caption + ": see the table that follows.";
    box.appendChild(canvas);
    box.hidden = false;
    var ink = cssColor("--ink");
    var line = cssColor("--line");
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series) {
          return { label: series.label, data: series.values, backgroundColor: cssColor(series.color) };
        }),
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? false : undefined,
        plugins: {
          legend: { display: data.series.length > 1, labels: { color: ink } },
        },
        scales: {
          x: { stacked: data.stacked, ticks: { color: ink, precision: 0 }, grid: { color: line } },
          y: { stacked: data.stacked, beginAtZero: true, ticks: { color: ink, precision: 0 }, grid: { color: line } },
        },
      },
    });
    var table = box.parentNode.querySelector("details.chart-table");
    if (table) table.open = false;
  }

  function init() {
    if (!window.Chart) return;
    document.querySelectorAll("[data-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
