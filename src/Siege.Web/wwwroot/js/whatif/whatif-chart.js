// The what-if result as a picture. Above, on one axis of days: the distribution of the siege's length over the
// baseline's runs and over the variant's, as two step outlines of the share of runs per bin (outlines stay readable
// where the two overlap, which filled bars would hide), each side's median as a vertical line, and the recorded
// lengths. Below, on its own axis: the paired difference with its 95% interval and the line of no difference.

import { svgEl, htmlEl } from '../svg.js';
import { niceTicks } from '../charts/ticks.js';

const LEFT = 44;
const RIGHT = 24;
const TOP = 22;
const HIST_BOTTOM = 132;
const AXIS_Y = HIST_BOTTOM;
const DIFF_Y = 186;
const DIFF_AXIS_Y = 206;
const HEIGHT = 228;
const SIDES = ['baseline', 'variant'];

export function drawWhatIfChart(figure, result, recordDays, text) {
  const width = Math.max(280, Math.round(figure.getBoundingClientRect().width) || 320);
  const svg = svgEl('svg', { class: 'whatif-chart', viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img', 'aria-label': text.caption }, figure);
  const plot = [LEFT, width - RIGHT];
  const dist = result.distribution;
  const bins = dist.baseline.length;
  const binEdge = (k) => dist.startDays + k * dist.binDays;

  const records = recordDays.map((d) => d.value);
  const medians = SIDES.map((side) => result[side].durationDays.p50);
  const low = Math.min(binEdge(0), ...records, ...medians);
  const high = Math.max(binEdge(bins), ...records, ...medians);
  const ticks = niceTicks(low - 0.25, high + 0.25, 6);
  const x = scale(ticks[0], ticks[ticks.length - 1], plot);

  const shares = SIDES.map((side) => toShares(dist[side]));
  const peak = Math.max(0.01, ...shares.flat());
  const shareTicks = niceTicks(0, peak, 3);
  const y = scale(0, shareTicks[shareTicks.length - 1], [HIST_BOTTOM, TOP]);
  shareAxis(svg, shareTicks, y, plot, text.share);

  SIDES.forEach((side, s) => {
    const group = svgEl('g', { class: `histogram side-${side}`, 'data-side': side }, svg);
    drawSteps(group, shares[s], dist[side], binEdge, x, y, (from, to, runs) => text.binTitle(text[side], from, to, runs));
  });
  SIDES.forEach((side, s) => {
    svgEl('line', { class: `median-line side-${side}`, x1: x(medians[s]), x2: x(medians[s]), y1: TOP - 4, y2: HIST_BOTTOM }, svg);
  });
  records.forEach((value, k) => {
    svgEl('line', { class: 'record-line', x1: x(value), x2: x(value), y1: TOP - 6, y2: HIST_BOTTOM }, svg);
    // Two recorded lengths a day apart: one label leans left of its line, the next right, so they do not collide.
    const label = svgEl('text', { class: 'record-label', x: x(value), y: TOP - 10, 'text-anchor': k % 2 ? 'start' : 'end', dx: k % 2 ? 3 : -3 }, svg);
    label.textContent = text.record(value);
  });
  axis(svg, ticks, x, AXIS_Y, text.days);

  const diff = result.difference.durationDays;
  const diffTicks = niceTicks(Math.min(0, diff.ci95[0], diff.mean), Math.max(0, diff.ci95[1], diff.mean), 4);
  const dx = scale(diffTicks[0], diffTicks[diffTicks.length - 1], plot);
  svgEl('text', { class: 'row-label', x: 4, y: DIFF_Y - 20 }, svg).textContent = text.difference;
  svgEl('line', { class: 'zero-line', x1: dx(0), x2: dx(0), y1: DIFF_Y - 12, y2: DIFF_AXIS_Y }, svg);
  svgEl('line', { class: 'interval-bar', x1: dx(diff.ci95[0]), x2: dx(diff.ci95[1]), y1: DIFF_Y, y2: DIFF_Y }, svg);
  for (const end of diff.ci95) svgEl('line', { class: 'interval-bar', x1: dx(end), x2: dx(end), y1: DIFF_Y - 6, y2: DIFF_Y + 6 }, svg);
  svgEl('circle', { class: 'mean-mark side-difference', cx: dx(diff.mean), cy: DIFF_Y, r: 5 }, svg);
  axis(svg, diffTicks, dx, DIFF_AXIS_Y, text.signed);

  const legend = htmlEl('figcaption', { class: 'whatif-legend' }, null, figure);
  htmlEl('span', { class: 'legend-baseline' }, text.baseline, legend);
  htmlEl('span', { class: 'legend-variant' }, text.variant, legend);
  htmlEl('span', { class: 'legend-median' }, text.median, legend);
  htmlEl('span', { class: 'legend-interval' }, text.interval, legend);
  if (records.length) htmlEl('span', { class: 'legend-record' }, text.recordLegend, legend);
}

/** Counts to shares of the side's runs: the two sides may have stored different numbers of runs. */
function toShares(counts) {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total ? c / total : 0));
}

/**
 * One side's distribution: a light fill and a step outline through both corners of every bin, and an invisible
 * rectangle per bin carrying its count and range (as a tooltip, and as data for tests).
 */
function drawSteps(group, shares, counts, binEdge, x, y, title) {
  if (!shares.length) return;
  const points = [[x(binEdge(0)), y(0)]];
  shares.forEach((share, k) => points.push([x(binEdge(k)), y(share)], [x(binEdge(k + 1)), y(share)]));
  points.push([x(binEdge(shares.length)), y(0)]);
  const path = points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join('');
  svgEl('path', { class: 'histogram-fill', d: `${path}Z` }, group);
  svgEl('path', { class: 'histogram-step', d: path }, group);
  shares.forEach((share, k) => {
    if (!counts[k]) return;
    const bin = svgEl('rect', {
      class: 'histogram-bin', x: x(binEdge(k)), width: Math.max(0, x(binEdge(k + 1)) - x(binEdge(k))),
      y: y(share), height: Math.max(0, y(0) - y(share)),
      'data-count': counts[k], 'data-from': binEdge(k), 'data-to': binEdge(k + 1),
    }, group);
    svgEl('title', {}, bin).textContent = title(binEdge(k), binEdge(k + 1), counts[k]);
  });
}

function scale(low, high, [from, to]) {
  return (v) => from + ((v - low) / Math.max(1e-9, high - low)) * (to - from);
}

function axis(svg, ticks, x, y, format) {
  svgEl('line', { class: 'chart-axis', x1: x(ticks[0]), x2: x(ticks[ticks.length - 1]), y1: y, y2: y }, svg);
  for (const tick of ticks) {
    svgEl('line', { class: 'chart-axis', x1: x(tick), x2: x(tick), y1: y, y2: y + 4 }, svg);
    svgEl('text', { class: 'chart-tick', x: x(tick), y: y + 15, 'text-anchor': 'middle' }, svg).textContent = format(tick);
  }
}

function shareAxis(svg, ticks, y, [left, right], format) {
  for (const tick of ticks) {
    svgEl('line', { class: tick ? 'row-guide' : 'chart-axis', x1: left, x2: right, y1: y(tick), y2: y(tick) }, svg);
    svgEl('text', { class: 'chart-tick', x: left - 4, y: y(tick) + 4, 'text-anchor': 'end' }, svg).textContent = format(tick);
  }
}
