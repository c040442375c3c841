// Dashboard charts (ECharts from its WebJar, loaded on first use). Each chart is a .dashboard-chart element naming
// the element whose data-json holds the dashboard's JSON (the same the API answers), the list to draw (data-chart),
// its category field and the fields drawn as series, with their names and colours. The table next to each chart
// holds the same numbers for screen readers and print. No inline script: the Content-Security-Policy forbids it.
(function () {
  'use strict';
  var ECHARTS = '/webjars/echarts/dist/echarts.min.js';
  var loading = null;
  var charts = [];

  function loadECharts() {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = ECHARTS;
        s.onload = function () { resolve(window.echarts); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function split(value, separator) {
    return value ? value.split(separator) : [];
  }

  function option(el, data) {
    var rows = data[el.dataset.chart] || [];
    var kind = el.dataset.kind || 'bar';
    var format = el.dataset.categoryFormat;
    var empty = el.dataset.emptyName || '';
    var fields = split(el.dataset.fields, ',');
    var names = split(el.dataset.names, '|');
    var colors = split(el.dataset.colors, ',');
    var categories = rows.map(function (r) {
      var c = r[el.dataset.category];
      if (c === null || c === undefined) {
        return empty;
      }
      return format ? format.replace('{0}', c) : String(c);
    });
    var horizontal = kind !== 'line';
    var series = fields.map(function (f, i) {
      return {
        name: names[i] || f,
        type: kind === 'line' ? 'line' : 'bar',
        stack: kind === 'stacked' ? 'all' : undefined,
        color: colors[i],
        data: rows.map(function (r) { return r[f] || 0; })
      };
    });
    var categoryAxis = { type: 'category', data: categories, inverse: horizontal,
      axisLabel: { width: 160, overflow: 'truncate' } };
    var valueAxis = { type: 'value', minInterval: 1 };
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { show: series.length > 1, top: 0 },
      grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series
    };
  }

  function draw(root) {
    var pending = Array.prototype.filter.call((root || document).querySelectorAll('.dashboard-chart'), function (el) {
      return !el.dataset.drawn;
    });
    if (pending.length === 0) {
      return;
    }
    loadECharts().then(function (echarts) {
      pending.forEach(function (el) {
        var source = document.getElementById(el.dataset.source);
        if (!source || el.dataset.drawn) {
          return;
        }
        var data = JSON.parse(source.dataset.json);
        var rows = data[el.dataset.chart] || [];
        if (rows.length === 0) {
          el.hidden = true;
          return;
        }
        if (el.dataset.kind !== 'line') {
          el.style.height = Math.max(160, 40 + rows.length * 28) + 'px';
        }
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption(option(el, data));
        el.dataset.drawn = 'true';
        charts.push(chart);
      });
    });
  }

  function resizeAll() {
    charts = charts.filter(function (c) { return !c.isDisposed() && document.body.contains(c.getDom()); });
    charts.forEach(function (c) { c.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function () { draw(document); });
  window.addEventListener('resize', resizeAll);
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);
})();
