// Draws the per-label chart of the moderation dashboard with ECharts; the table below it has the same figures.
(function () {
  'use strict';
  var data = document.getElementById('per-label-data');
  var target = document.getElementById('per-label-chart');
  if (!data || !target || typeof echarts === 'undefined') {
    return;
  }
  var figures = JSON.parse(data.textContent);
  var series = figures.series
    .filter(function (s) { return s.counts.some(function (c) { return c > 0; }); })
    .map(function (s) { return { name: s.label, type: 'bar', stack: 'labels', data: s.counts }; });
  var chart = echarts.init(target, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: figures.dates },
    yAxis: { type: 'value', minInterval: 1 },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
