// The opinion summary chart: topics by tone as stacked bars, drawn from the data attribute the page renders (the
// table next to it carries the same figures for those who cannot see the chart). No inline script: CSP allows none.
(function () {
  'use strict';
  var COLOURS = { POSITIVE: '#198754', NEUTRAL: '#6c757d', NEGATIVE: '#b02a37' };

  function draw(element) {
    if (!window.echarts || !element || element.dataset.drawn) {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.topics, inverse: true },
      series: data.series.map(function (s) {
        return { name: s.label, type: 'bar', stack: 'tone', data: s.values, itemStyle: { color: COLOURS[s.tone] } };
      })
    });
    element.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll() {
    document.querySelectorAll('[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
