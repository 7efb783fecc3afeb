// Everything the pages need from script lives here: the CSP forbids inline scripts.
(function () {
  "use strict";

  // htmx requests change state with the session cookie, so they must carry the CSRF token.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Charts are declared in the markup: <canvas data-chart='{"type":"bar","labels":[...],"values":[...]}'>.
  function renderCharts(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.rendered) {
        return;
      }
      var spec = JSON.parse(canvas.dataset.chart);
      var palette = ["#1f5fbf", "#e07b00", "#1e7b34", "#b3261e", "#6b3fa0", "#00838f", "#8d6e63", "#5b6475"];
      new Chart(canvas, {
        type: spec.type || "bar",
        data: {
          labels: spec.labels,
          datasets: [{ label: spec.label || "", data: spec.values,
            backgroundColor: spec.labels.map(function (_, i) { return palette[i % palette.length]; }) }]
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
          indexAxis: spec.horizontal ? "y" : "x",
          plugins: { legend: { display: spec.type === "doughnut" || spec.type === "pie" } } }
      });
      canvas.dataset.rendered = "true";
    });
  }

  document.addEventListener("DOMContentLoaded", function () { renderCharts(document); });
  document.addEventListener("htmx:afterSwap", function (event) { renderCharts(event.target); });
})();
