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

  var PALETTE = ["#1f5fbf", "#e07b00", "#1e7b34", "#b3261e", "#6b3fa0", "#00838f", "#8d6e63", "#5b6475",
    "#c2185b", "#7cb342", "#3949ab", "#f9a825", "#00695c", "#6d4c41", "#9e9d24", "#455a64"];

  function colours(count) {
    var list = [];
    for (var i = 0; i < count; i++) {
      list.push(PALETTE[i % PALETTE.length]);
    }
    return list;
  }

  // Charts are declared in the markup: <canvas data-chart='{"type":"bar","labels":[...],"values":[...]}'>.
  // Optional: "datasets":[{"label","values"}] with "stacked", "links" (one address per label, followed
  // on click), "horizontal" (or data-horizontal on the canvas), "max" (the value axis' end).
  function renderCharts(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.rendered) {
        return;
      }
      var spec = JSON.parse(canvas.dataset.chart);
      var round = spec.type === "doughnut" || spec.type === "pie";
      var horizontal = !round && (spec.horizontal || canvas.dataset.horizontal === "true");
      var datasets = spec.datasets
        ? spec.datasets.map(function (set, i) {
            return { label: set.label, data: set.values, backgroundColor: PALETTE[i % PALETTE.length] };
          })
        : [{ label: spec.label || "", data: spec.values, backgroundColor: colours(spec.labels.length) }];
      if (horizontal && canvas.parentElement) {
        // One readable row per label: long lists of themes or parties grow the box instead of squeezing bars.
        canvas.parentElement.style.height = Math.max(220, spec.labels.length * 22 + 60) + "px";
      }
      var valueAxis = { beginAtZero: true, stacked: !!spec.stacked, ticks: { precision: 0 } };
      if (spec.max) {
        valueAxis.max = spec.max;
      }
      var options = {
        responsive: true, maintainAspectRatio: false, animation: false,
        indexAxis: horizontal ? "y" : "x",
        plugins: { legend: { display: round || !!spec.datasets, position: "bottom" } }
      };
      if (!round) {
        options.scales = horizontal
          ? { x: valueAxis, y: { stacked: !!spec.stacked, ticks: { autoSkip: false } } }
          : { y: valueAxis, x: { stacked: !!spec.stacked } };
      }
      if (spec.links) {
        options.onClick = function (event, elements) {
          if (elements.length && spec.links[elements[0].index]) {
            window.location.href = spec.links[elements[0].index];
          }
        };
        options.onHover = function (event, elements) {
          canvas.style.cursor = elements.length ? "pointer" : "default";
        };
      }
      new Chart(canvas, { type: spec.type || "bar", data: { labels: spec.labels, datasets: datasets }, options: options });
      canvas.dataset.rendered = "true";
    });
  }

  // After htmx puts a filtered list's address in the history, the language links must keep its filters too.
  function updateLanguageLinks() {
    ["en", "ru"].forEach(function (lang) {
      var link = document.getElementById("lang-" + lang);
      if (link) {
        var url = new URL(window.location.href);
        url.searchParams.set("lang", lang);
        link.setAttribute("href", url.pathname + url.search);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () { renderCharts(document); });
  document.addEventListener("htmx:afterSwap", function (event) { renderCharts(event.target); });
  document.addEventListener("htmx:pushedIntoHistory", updateLanguageLinks);
})();
