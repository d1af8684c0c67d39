// Charts of the console's statistics page (/admin/stats), drawn with ECharts from the data-*
// attributes the page carries: the page itself has no inline script (the CSP forbids it).
(function () {
  'use strict';

  function data(el, name) {
    try {
      return JSON.parse(el.getAttribute('data-' + name) || '[]');
    } catch (e) {
      return [];
    }
  }

  function line(el) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 40 },
      xAxis: { type: 'category', data: data(el, 'labels') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: el.getAttribute('data-name') || '', type: 'line', data: data(el, 'values'), smooth: true, areaStyle: {} }]
    });
    return chart;
  }

  function bar(el) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['职位发布', '投递'] },
      grid: { left: 48, right: 16, top: 32, bottom: 60 },
      xAxis: { type: 'category', data: data(el, 'labels'), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '职位发布', type: 'bar', data: data(el, 'jobs') },
        { name: '投递', type: 'bar', data: data(el, 'applications') }
      ]
    });
    return chart;
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      charts.push(el.getAttribute('data-chart') === 'bar' ? bar(el) : line(el));
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
