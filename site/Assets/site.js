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

  // Classes of a scale (the capaian kriteria, best first): a colour AND a fill pattern per class, and the class name
  // is the last line of each bar's label, so neither colour nor pattern is the only cue (WCAG 1.4.1).
  var classColours = ["#1b5e20", "#0b3d6b", "#7a5c00", "#b34700", "#a4262c"];
  var classPatterns = ["solid", "diagonal", "dots", "cross", "lines"];
  var unclassed = "#5f5f5f";

  function pattern(colour, kind) {
    if (kind === "solid") return colour;
    var tile = document.createElement("canvas");
    tile.width = tile.height = 8;
    var x = tile.getContext("2d");
    x.fillStyle = colour; x.fillRect(0, 0, 8, 8);
    x.strokeStyle = x.fillStyle = "#ffffff"; x.lineWidth = 1.5;
    x.beginPath();
    if (kind === "diagonal") { x.moveTo(0, 8); x.lineTo(8, 0); x.moveTo(-2, 2); x.lineTo(2, -2); x.moveTo(6, 10); x.lineTo(10, 6); x.stroke(); }
    else if (kind === "dots") { x.arc(4, 4, 1.6, 0, Math.PI * 2); x.fill(); }
    else if (kind === "cross") { x.moveTo(0, 4); x.lineTo(8, 4); x.moveTo(4, 0); x.lineTo(4, 8); x.stroke(); }
    else { x.moveTo(0, 2); x.lineTo(8, 2); x.moveTo(0, 6); x.lineTo(8, 6); x.stroke(); }
    return x.createPattern(tile, "repeat");
  }

  function classFill(n) {
    return n < 0 ? unclassed : pattern(classColours[n % classColours.length], classPatterns[n % classPatterns.length]);
  }

  // Labels come as lines of at most spec.wrap characters; a narrow canvas gets shorter lines, because Chart.js gives
  // a category axis at most half the chart's width and cuts what does not fit. Words are never cut off or elided.
  function wrapLine(text, width) {
    var lines = [], line = "";
    text.split(/\s+/).filter(Boolean).forEach(function (word) {
      if (line && line.length + 1 + word.length <= width) { line += " " + word; return; }
      if (line) lines.push(line);
      while (word.length > width) { lines.push(word.slice(0, width - 1) + "-"); word = word.slice(width - 1); }
      line = word;
    });
    if (line || !lines.length) lines.push(line);
    return lines;
  }

  function fitLabels(spec, box) {
    if (!spec.horizontal) return spec.labels;
    var width = Math.max(10, Math.min(spec.wrap, Math.floor((box.clientWidth / 2 - 24) / 7)));
    return spec.labels.map(function (lines) {
      return lines.reduce(function (all, l) { return all.concat(wrapLine(l, width)); }, []);
    });
  }

  // A horizontal bar chart is as tall as its rows need: each row as tall as its bars or its label's lines.
  function fitHeight(spec, labels, box) {
    if (!spec.horizontal) return;
    var bars = spec.datasets.filter(function (d) { return !d.target; }).length;
    var lines = labels.reduce(function (m, l) { return Math.max(m, l.length); }, 1);
    var legend = (spec.classes ? spec.classes.length : 0) + spec.datasets.length;
    var needed = 60 + legend * 12 + labels.length * Math.max(22 * bars, 14 * lines + 6);
    if (needed > box.clientHeight) box.style.height = needed + "px";
  }

  function dataset(spec, d, n) {
    if (d.target) {
      // The target as a dashed line across every bar, drawn over them.
      return {
        type: "line", label: d.label, data: d.data, target: true, order: -1,
        borderColor: "#1a1a1a", backgroundColor: "#1a1a1a", borderWidth: 2, borderDash: [6, 4],
        pointRadius: 0, pointHoverRadius: 0, pointStyle: "line", fill: false
      };
    }
    var classed = spec.classOf && spec.type === "bar";
    return {
      label: d.label, data: d.data,
      backgroundColor: classed ? spec.classOf.map(classFill) : spec.type === "line" ? colours[n % 4] : colours[n % 4] + "cc",
      borderColor: classed ? spec.classOf.map(function (c) { return c < 0 ? unclassed : classColours[c % classColours.length]; }) : colours[n % 4],
      borderWidth: spec.type === "line" ? 2 : 1,
      borderDash: spec.type === "line" ? dashes[n % 4] : [],
      pointStyle: points[n % 4], pointRadius: 4, spanGaps: false
    };
  }

  // The legend of a classed chart names the classes (colour and pattern) and the target line, not the one series.
  function classLegend(spec) {
    return function (chart) {
      var items = spec.classes.map(function (name, n) {
        return { text: name, fillStyle: classFill(n), strokeStyle: classColours[n % classColours.length], lineWidth: 1, hidden: false };
      });
      chart.data.datasets.forEach(function (d, i) {
        if (d.target) items.push({ text: d.label, fillStyle: "rgba(0,0,0,0)", strokeStyle: "#1a1a1a", lineWidth: 2, lineDash: [6, 4], hidden: !chart.isDatasetVisible(i), datasetIndex: i });
      });
      return items;
    };
  }

  function draw() {
    var canvases = document.querySelectorAll("canvas[data-chart]");
    for (var i = 0; i < canvases.length; i++) {
      var canvas = canvases[i];
      var box = canvas.parentNode;
      var spec = JSON.parse(canvas.getAttribute("data-chart"));
      var format = formats[spec.format] || formats.number;
      var horizontal = !!spec.horizontal;
      var labels = fitLabels(spec, box);
      fitHeight(spec, labels, box);
      var valueAxis = horizontal ? "x" : "y";
      var scales = {};
      scales[valueAxis] = { beginAtZero: true, ticks: { callback: (function (f) { return function (v) { return tick(f, v); }; })(spec.format) } };
      scales[horizontal ? "y" : "x"] = { ticks: { autoSkip: false } };
      var legend = { labels: { usePointStyle: !spec.classOf } };
      if (spec.classOf) {
        legend.labels.generateLabels = classLegend(spec);
        legend.onClick = function (e, item, l) { if (item.datasetIndex !== undefined) window.Chart.defaults.plugins.legend.onClick.call(this, e, item, l); };
      }
      new window.Chart(canvas, {
        type: spec.type,
        data: { labels: labels, datasets: spec.datasets.map(function (d, n) { return dataset(spec, d, n); }) },
        options: {
          indexAxis: horizontal ? "y" : "x",
          responsive: true, maintainAspectRatio: false, animation: false, locale: "id-ID",
          scales: scales,
          plugins: {
            legend: legend,
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

  // ---- Tables (issue 15, items 3 and 7): a shadow and a hint where a table scrolls sideways; sort buttons in the
  // column headers of flat tables; a filter box over long tables. All of it progressive: without this script the
  // table still scrolls inside its frame, and every row is shown in the document's order.

  // The frame shows a shadow at each edge with more columns beyond it, and a line of text says the table scrolls.
  function scrollHints() {
    var frames = document.querySelectorAll(".table-frame");
    for (var i = 0; i < frames.length; i++) (function (frame) {
      var wrap = frame.querySelector(".table-wrap");
      if (!wrap) return;
      var hint = document.createElement("p");
      hint.className = "scroll-hint";
      hint.textContent = "Tabel ini lebih lebar dari layar: geser ke samping untuk melihat semua kolom.";
      hint.hidden = true;
      frame.parentNode.insertBefore(hint, frame);
      function update() {
        var max = wrap.scrollWidth - wrap.clientWidth;
        frame.classList.toggle("more-left", max > 1 && wrap.scrollLeft > 1);
        frame.classList.toggle("more-right", max > 1 && wrap.scrollLeft < max - 1);
        hint.hidden = max <= 1;
      }
      wrap.addEventListener("scroll", update, { passive: true });
      window.addEventListener("resize", update);
      // The table's width changes after the first layout too (fonts, a chart drawn above it, a column unfolded).
      if (window.ResizeObserver) {
        var observer = new ResizeObserver(update);
        observer.observe(wrap);
        if (wrap.firstElementChild) observer.observe(wrap.firstElementChild);
      }
      update();
    })(frames[i]);
  }

  function cellValue(row, column) {
    var cell = row.cells[column];
    if (!cell) return { number: null, text: "" };
    var v = cell.getAttribute("data-value");
    return { number: v === null || v === "" ? null : parseFloat(v), text: cell.textContent.trim() };
  }

  // Numbers sort by their data-value (the figure, not its printed text); rows without a figure go last either way;
  // text sorts the Indonesian way. Emphasised rows (totals) stay at the bottom.
  function sortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);
    var collator = new Intl.Collator("id", { numeric: true, sensitivity: "base" });
    for (var c = 0; c < headers.length; c++) (function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      var icon = document.createElement("span");
      icon.className = "sort-button-icon";
      icon.setAttribute("aria-hidden", "true");
      button.appendChild(icon);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        for (var h = 0; h < headers.length; h++) headers[h].removeAttribute("aria-sort");
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var sign = descending ? -1 : 1;
        var rows = original.filter(function (r) { return !r.classList.contains("emphasis"); });
        var fixed = original.filter(function (r) { return r.classList.contains("emphasis"); });
        rows.sort(function (a, b) {
          var x = cellValue(a, column), y = cellValue(b, column);
          if (x.number !== null || y.number !== null) {
            if (x.number === null) return y.number === null ? 0 : 1;
            if (y.number === null) return -1;
            if (x.number !== y.number) return sign * (x.number - y.number);
            return original.indexOf(a) - original.indexOf(b);
          }
          return sign * collator.compare(x.text, y.text) || original.indexOf(a) - original.indexOf(b);
        });
        rows.concat(fixed).forEach(function (r) { body.appendChild(r); });
      });
    })(headers[c], c);
  }

  // The filter box hides rows whose text lacks any typed word. In a tree (rows with data-depth) a match keeps its
  // ancestors, so it is read in its place, and its descendants, so a programme brings its kegiatan.
  function filterable(table, n) {
    var block = table.closest(".table-block") || table.parentNode;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var tree = table.getAttribute("data-tree") === "true";
    var box = document.createElement("div");
    box.className = "table-filter";
    var id = (table.id || "tabel-" + n) + "-saring";
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = "Saring baris tabel";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    var status = document.createElement("span");
    status.className = "table-filter-status";
    status.setAttribute("aria-live", "polite");
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(status);
    block.parentNode.insertBefore(box, block);
    function normal(s) { return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    var texts = rows.map(function (r) { return normal(r.textContent); });
    var depths = rows.map(function (r) { return parseInt(r.getAttribute("data-depth") || "0", 10); });
    input.addEventListener("input", function () {
      var words = normal(input.value).split(/\s+/).filter(Boolean);
      var show = rows.map(function (r, i) { return words.every(function (w) { return texts[i].indexOf(w) >= 0; }); });
      if (tree && words.length) {
        var matched = show.slice();
        for (var i = 0; i < rows.length; i++) {
          if (!matched[i]) continue;
          // Ancestors: the nearest earlier row of each smaller depth.
          for (var j = i - 1, d = depths[i]; j >= 0 && d > 0; j--) if (depths[j] < d) { show[j] = true; d = depths[j]; }
          // Descendants: the following rows deeper than the match.
          for (var k = i + 1; k < rows.length && depths[k] > depths[i]; k++) show[k] = true;
        }
      }
      var shown = 0;
      rows.forEach(function (r, i) { r.hidden = !show[i]; if (show[i]) shown++; });
      status.textContent = words.length ? shown + " dari " + rows.length + " baris" : "";
    });
  }

  function tables() {
    scrollHints();
    var sortables = document.querySelectorAll("table[data-sortable='true']");
    for (var i = 0; i < sortables.length; i++) sortable(sortables[i]);
    var filterables = document.querySelectorAll("table[data-filterable='true']");
    for (var j = 0; j < filterables.length; j++) filterable(filterables[j], j);
  }

  // Printing unfolds the folded parts, for browsers whose print style cannot open a <details>.
  function unfoldForPrint() {
    window.addEventListener("beforeprint", function () {
      var folded = document.querySelectorAll("details:not([open])");
      for (var i = 0; i < folded.length; i++) { folded[i].setAttribute("open", ""); folded[i].setAttribute("data-print-opened", ""); }
    });
    window.addEventListener("afterprint", function () {
      var opened = document.querySelectorAll("details[data-print-opened]");
      for (var i = 0; i < opened.length; i++) { opened[i].removeAttribute("open"); opened[i].removeAttribute("data-print-opened"); }
    });
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
    tables();
    unfoldForPrint();
  });
})();
