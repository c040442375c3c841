// Case statistics chart: drawn from the accessible table on the page (no inline script; CSP-friendly).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('cases-chart');
  var table = document.getElementById('cases-figures');
  if (!el || !table || typeof echarts === 'undefined') {
    return;
  }
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr')).filter(function (tr) {
    return tr.getAttribute('data-total') !== 'true';
  });
  var categories = rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); });
  var series = heads.map(function (th, i) {
    return {
      name: th.textContent.trim(),
      type: 'bar',
      data: rows.map(function (tr) { return Number(tr.querySelectorAll('td')[i].textContent.trim()); })
    };
  });
  el.style.height = '320px';
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll' },
    grid: { left: 40, right: 20, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
