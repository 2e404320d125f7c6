// The what-if result as a picture: on one axis of days, the baseline's and the variant's mean (dot) and median
// (bar), with the recorded lengths of the siege as vertical lines; below, on its own axis, the paired difference
// with its 95% interval and the line of no difference. The API gives these summaries, not each seed's length, so
// the chart shows no spread of single runs.

import { svgEl, htmlEl } from '../svg.js';
import { niceTicks } from '../charts/ticks.js';

const LABEL_WIDTH = 96;
const RIGHT = 24;
const ROW = { baseline: 46, variant: 76 };
const AXIS_Y = 96;
const DIFF_Y = 146;
const DIFF_AXIS_Y = 166;
const HEIGHT = 188;

export function drawWhatIfChart(figure, result, recordDays, text) {
  const width = Math.max(280, Math.round(figure.getBoundingClientRect().width) || 320);
  const svg = svgEl('svg', { class: 'whatif-chart', viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img', 'aria-label': text.caption }, figure);
  const plot = [LABEL_WIDTH, width - RIGHT];

  const lengths = [result.baseline.durationDays, result.variant.durationDays].flatMap((d) => [d.mean, d.p50]);
  const records = recordDays.map((d) => d.value);
  const ticks = niceTicks(Math.min(...lengths, ...records) - 0.5, Math.max(...lengths, ...records) + 0.5, 5);
  const x = scale(ticks[0], ticks[ticks.length - 1], plot);

  records.forEach((value, k) => {
    svgEl('line', { class: 'record-line', x1: x(value), x2: x(value), y1: 20, y2: AXIS_Y }, svg);
    // Two recorded lengths a day apart: one label leans left of its line, the next right, so they do not collide.
    const label = svgEl('text', { class: 'record-label', x: x(value), y: 14, 'text-anchor': k % 2 ? 'start' : 'end', dx: k % 2 ? 3 : -3 }, svg);
    label.textContent = text.record(value);
  });
  for (const [key, summary] of [['baseline', result.baseline.durationDays], ['variant', result.variant.durationDays]]) {
    const y = ROW[key];
    svgEl('text', { class: 'row-label', x: 4, y: y + 4 }, svg).textContent = text[key];
    svgEl('line', { class: 'row-guide', x1: plot[0], x2: plot[1], y1: y, y2: y }, svg);
    svgEl('line', { class: `median-mark side-${key}`, x1: x(summary.p50), x2: x(summary.p50), y1: y - 9, y2: y + 9 }, svg);
    svgEl('circle', { class: `mean-mark side-${key}`, cx: x(summary.mean), cy: y, r: 5 }, svg);
  }
  axis(svg, ticks, x, AXIS_Y, text.days);

  const diff = result.difference.durationDays;
  const diffTicks = niceTicks(Math.min(0, diff.ci95[0], diff.mean), Math.max(0, diff.ci95[1], diff.mean), 4);
  const dx = scale(diffTicks[0], diffTicks[diffTicks.length - 1], plot);
  svgEl('text', { class: 'row-label', x: 4, y: DIFF_Y + 4 }, svg).textContent = text.difference;
  svgEl('line', { class: 'zero-line', x1: dx(0), x2: dx(0), y1: DIFF_Y - 16, y2: DIFF_AXIS_Y }, svg);
  svgEl('line', { class: 'interval-bar', x1: dx(diff.ci95[0]), x2: dx(diff.ci95[1]), y1: DIFF_Y, y2: DIFF_Y }, svg);
  for (const end of diff.ci95) svgEl('line', { class: 'interval-bar', x1: dx(end), x2: dx(end), y1: DIFF_Y - 6, y2: DIFF_Y + 6 }, svg);
  svgEl('circle', { class: 'mean-mark side-difference', cx: dx(diff.mean), cy: DIFF_Y, r: 5 }, svg);
  axis(svg, diffTicks, dx, DIFF_AXIS_Y, text.signed);

  const legend = htmlEl('figcaption', { class: 'whatif-legend' }, null, figure);
  htmlEl('span', { class: 'legend-mean' }, text.mean, legend);
  htmlEl('span', { class: 'legend-median' }, text.median, legend);
  htmlEl('span', { class: 'legend-interval' }, text.interval, legend);
  if (records.length) htmlEl('span', { class: 'legend-record' }, text.recordLegend, legend);
}

function scale(low, high, [left, right]) {
  return (v) => left + ((v - low) / Math.max(1e-9, high - low)) * (right - left);
}

function axis(svg, ticks, x, y, format) {
  svgEl('line', { class: 'chart-axis', x1: x(ticks[0]), x2: x(ticks[ticks.length - 1]), y1: y, y2: y }, svg);
  for (const tick of ticks) {
    svgEl('line', { class: 'chart-axis', x1: x(tick), x2: x(tick), y1: y, y2: y + 4 }, svg);
    svgEl('text', { class: 'chart-tick', x: x(tick), y: y + 15, 'text-anchor': 'middle' }, svg).textContent = format(tick);
  }
}
