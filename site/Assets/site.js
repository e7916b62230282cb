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

  // Search: the page links each region's index (indeks.json: per entry its type, title, context, years, figure, page
  // and synonyms, made when the site was built); typing (or ?q= from the header form) loads the indexes of the chosen
  // region, or of every region while they are few, and lists what matches every word, grouped by type and labelled.
  function search() {
    var form = document.getElementById("form-cari");
    var input = document.getElementById("cari");
    var results = document.getElementById("hasil-cari");
    var status = document.getElementById("status-cari");
    if (!form || !input || !results || !status) return;
    var region = document.getElementById("cari-wilayah");
    var links = document.querySelectorAll("a[data-index]");
    var limit = parseInt(form.getAttribute("data-all-limit"), 10);
    var loaded = {};
    var shown = 50;
    function normal(s) { return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim(); }
    function chosen() {
      var code = region ? region.value : "";
      var list = [], total = 0;
      for (var i = 0; i < links.length; i++) {
        if (code && links[i].getAttribute("data-region") !== code) continue;
        list.push(links[i]);
        total += parseInt(links[i].getAttribute("data-entries"), 10);
      }
      return !code && total > limit ? null : list;
    }
    function load(link) {
      var url = link.getAttribute("data-index");
      if (!loaded[url]) {
        loaded[url] = fetch(url).then(function (r) {
          if (!r.ok) throw new Error(url + ": " + r.status);
          return r.json();
        }).then(function (index) {
          return index.entri.map(function (e) {
            return { type: index.jenis[e[0]], order: e[0], title: e[1], context: e[2], years: e[3], value: e[4], path: e[5], region: index.nama,
                     text: " " + normal([e[1], e[2], index.jenis[e[0]], index.nama, e[6]].join(" ")) + " " };
          });
        });
      }
      return loaded[url];
    }
    function element(tag, text, className) {
      var e = document.createElement(tag);
      if (text) e.textContent = text;
      if (className) e.className = className;
      return e;
    }
    function render(query, entries) {
      var words = normal(query).split(" ").filter(Boolean);
      results.textContent = "";
      if (!words.length) { status.textContent = "Ketik kata kunci, misalnya lansia, Pelaihari atau ODGJ."; return; }
      var groups = [], byType = {}, count = 0;
      for (var i = 0; i < entries.length; i++) {
        var e = entries[i];
        if (!words.every(function (w) { return e.text.indexOf(" " + w) >= 0; })) continue;
        count++;
        if (!byType[e.type]) { byType[e.type] = { type: e.type, order: e.order, items: [] }; groups.push(byType[e.type]); }
        byType[e.type].items.push(e);
      }
      groups.sort(function (a, b) { return a.order - b.order; });
      groups.forEach(function (g) {
        var section = element("section");
        section.appendChild(element("h2", g.type + " (" + g.items.length + ")"));
        var list = element("ul", null, "search-results");
        g.items.slice(0, shown).forEach(function (e) {
          var item = element("li");
          var link = element("a", e.title);
          link.href = e.path;
          item.appendChild(link);
          item.appendChild(document.createTextNode(" "));
          item.appendChild(element("span", [e.type, e.region, e.context, e.years, e.value].filter(Boolean).join(" · "), "search-labels"));
          list.appendChild(item);
        });
        section.appendChild(list);
        if (g.items.length > shown) section.appendChild(element("p", "dan " + (g.items.length - shown) + " lainnya; tambahkan kata kunci untuk mempersempit.", "muted"));
        results.appendChild(section);
      });
      status.textContent = count ? count + " hasil untuk “" + query + "”" : "Tidak ada hasil untuk “" + query + "”.";
    }
    var pending = 0;
    function apply() {
      var query = input.value, ticket = ++pending;
      var list = chosen();
      if (!list) { results.textContent = ""; status.textContent = "Pilih satu wilayah: indeks semua wilayah terlalu besar untuk dimuat sekaligus."; return; }
      status.textContent = "Memuat indeks…";
      Promise.all(list.map(load)).then(function (indexes) {
        if (ticket === pending) render(query, [].concat.apply([], indexes));
      }, function () {
        if (ticket === pending) status.textContent = "Indeks pencarian tidak dapat dimuat; buka indeks lengkap wilayah di bawah.";
      });
    }
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) input.value = params.get("q");
    if (region && params.get("wilayah")) region.value = params.get("wilayah");
    input.addEventListener("input", apply);
    if (region) region.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    apply();
  }

  // The footer names the release the site was built from: rilis.json is rewritten by every build, so a page carried
  // over from an earlier build names the latest too. Without JavaScript its link leads to the about page, which names it.
  function release() {
    var slot = document.querySelector("[data-release]");
    if (!slot || !window.fetch) return;
    fetch(slot.getAttribute("data-release")).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (r) { if (r && r.text) slot.textContent = ": " + r.text; }, function () {});
  }

  document.addEventListener("DOMContentLoaded", function () {
    release();
    search();
    size();
    if (document.querySelector("canvas[data-chart]")) withChartJs(draw);
  });
})();
