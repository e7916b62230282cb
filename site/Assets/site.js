// SAKIP Terbuka: draws the charts (Chart.js from the CDN, or the same-origin copy when the CDN is unreachable)
// and filters the search page. Numbers are written the Indonesian way: Rp5.783.347.586, 41,42%.
(function () {
  "use strict";
  var script = document.currentScript;
  var fallback = script && script.getAttribute("data-chartjs-fallback");

  var whole = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
  var twoDecimals = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var upToTwo = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
  var formats = {
    rupiah: function (v) { return (v < 0 ? "-Rp" : "Rp") + whole.format(Math.abs(v)); },
    percent: function (v) { return twoDecimals.format(v) + "%"; },
    number: function (v) { return upToTwo.format(v); }
  };
  // Axis ticks of Rupiah amounts are shortened: Rp1,2 M (miliar), Rp350 jt (juta).
  function tick(format, v) {
    if (format === "rupiah") {
      var a = Math.abs(v);
      if (a >= 1e9) return "Rp" + upToTwo.format(v / 1e9) + " M";
      if (a >= 1e6) return "Rp" + upToTwo.format(v / 1e6) + " jt";
      return formats.rupiah(v);
    }
    return format === "percent" ? upToTwo.format(v) + "%" : formats.number(v);
  }

  // Colour never carries meaning alone: each series also has its own point style and border dash, named in the legend.
  var colours = ["#0b3d6b", "#c55a11", "#2e6b30", "#6b2fa0"];
  var points = ["circle", "rect", "triangle", "rectRot"];
  var dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

  // Each chart's height depends on its rows; it comes as data-height because the Content-Security-Policy refuses
  // style attributes, while a script may still set element.style.
  function size() {
    var boxes = document.querySelectorAll(".chart-canvas[data-height]");
    for (var i = 0; i < boxes.length; i++) boxes[i].style.height = parseInt(boxes[i].getAttribute("data-height"), 10) + "px";
  }

  function draw() {
    var canvases = document.querySelectorAll("canvas[data-chart]");
    for (var i = 0; i < canvases.length; i++) {
      var canvas = canvases[i];
      var spec = JSON.parse(canvas.getAttribute("data-chart"));
      var format = formats[spec.format] || formats.number;
      var horizontal = !!spec.horizontal;
      var valueAxis = horizontal ? "x" : "y";
      var scales = {};
      scales[valueAxis] = { beginAtZero: true, ticks: { callback: (function (f) { return function (v) { return tick(f, v); }; })(spec.format) } };
      scales[horizontal ? "y" : "x"] = { ticks: { autoSkip: false, callback: function (v) { var l = this.getLabelForValue(v); return l.length > 32 ? l.slice(0, 30) + "…" : l; } } };
      new window.Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.datasets.map(function (d, n) {
            return {
              label: d.label, data: d.data,
              backgroundColor: spec.type === "line" ? colours[n % 4] : colours[n % 4] + "cc",
              borderColor: colours[n % 4], borderWidth: spec.type === "line" ? 2 : 1,
              borderDash: spec.type === "line" ? dashes[n % 4] : [],
              pointStyle: points[n % 4], pointRadius: 4, spanGaps: false
            };
          })
        },
        options: {
          indexAxis: horizontal ? "y" : "x",
          responsive: true, maintainAspectRatio: false, animation: false, locale: "id-ID",
          scales: scales,
          plugins: {
            legend: { labels: { usePointStyle: true } },
            tooltip: { callbacks: { label: function (c) { var v = horizontal ? c.parsed.x : c.parsed.y; return c.dataset.label + ": " + (v === null ? "tidak ada data" : format(v)); } } }
          }
        }
      });
      canvas.setAttribute("data-drawn", "true");
    }
  }

  function withChartJs(then) {
    if (window.Chart) return then();
    if (!fallback) return;
    var local = document.createElement("script");
    local.src = fallback;
    local.onload = then;
    document.head.appendChild(local);
  }

  // The search page lists every agency and indicator; typing (or ?q= from the header form) hides what does not match.
  function search() {
    var input = document.getElementById("cari");
    var list = document.getElementById("hasil-cari");
    if (!input || !list) return;
    var items = list.querySelectorAll("li");
    var status = document.getElementById("status-cari");
    function normal(s) { return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    function apply() {
      var words = normal(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var text = normal(items[i].getAttribute("data-search") || items[i].textContent);
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        items[i].hidden = !match;
        if (match) shown++;
      }
      status.textContent = words.length ? shown + " hasil untuk “" + input.value + "”" : items.length + " entri";
    }
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) input.value = q;
    input.addEventListener("input", apply);
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    search();
    size();
    if (document.querySelector("canvas[data-chart]")) withChartJs(draw);
  });
})();
