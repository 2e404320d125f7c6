// A small SVG line chart over the hours of a run: lines, shaded spans (the offensives), a cursor at the current hour,
// and a legend that reads out each line's value there. Clicking or dragging on the plot seeks.

import { svgEl, htmlEl } from '../svg.js';
import { niceTicks } from './ticks.js';

const MARGIN = { left: 52, right: 10, top: 8, bottom: 22 };

export class LineChart {
  /**
   * @param figure a <figure> holding an <svg> and a legend <ul>
   * @param onSeek called with an hour when the reader clicks or drags on the plot
   */
  constructor(figure, onSeek) {
    this.svg = figure.querySelector('svg');
    this.legend = figure.querySelector('.legend');
    this.onSeek = onSeek;
    this.data = null;
    this.cursorHour = 0;
    this.width = 0;
    this.height = 0;
    new ResizeObserver(() => this.#resize()).observe(this.svg);
    this.#attachSeeking();
  }

  /**
   * @param data {lastHour, series: [{key, label, values, format}], spans: [{start, end}], yMin?, xTicks(lastHour) →
   *   [{hour, text}], yFormat(value)}
   */
  setData(data) {
    this.data = data;
    this.render();
  }

  setCursor(hour) {
    this.cursorHour = hour;
    if (!this.data) return;
    const x = this.#x(hour);
    this.cursor?.setAttribute('x1', x);
    this.cursor?.setAttribute('x2', x);
    this.#updateLegend();
  }

  render() {
    if (!this.data || this.width === 0) return;
    const { series, spans, lastHour, yFormat } = this.data;
    const svg = this.svg;
    svg.replaceChildren();
    svg.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    const top = Math.max(...series.map((s) => max(s.values)), 1e-9);
    this.yTicks = niceTicks(this.data.yMin ?? 0, top, 4);
    this.yMax = this.yTicks[this.yTicks.length - 1];
    this.yMin = this.yTicks[0];

    for (const span of spans) {
      svgEl('rect', {
        class: 'chart-span', x: this.#x(span.start), y: MARGIN.top,
        width: Math.max(1, this.#x(span.end) - this.#x(span.start)), height: this.height - MARGIN.top - MARGIN.bottom,
      }, svg);
    }
    for (const tick of this.yTicks) {
      const y = this.#y(tick);
      svgEl('line', { class: 'chart-grid', x1: MARGIN.left, x2: this.width - MARGIN.right, y1: y, y2: y }, svg);
      svgEl('text', { class: 'chart-tick', x: MARGIN.left - 6, y: y + 4, 'text-anchor': 'end' }, svg).textContent = yFormat(tick);
    }
    for (const tick of this.data.xTicks(lastHour, this.width - MARGIN.left - MARGIN.right)) {
      const x = this.#x(tick.hour);
      svgEl('line', { class: 'chart-axis', x1: x, x2: x, y1: this.height - MARGIN.bottom, y2: this.height - MARGIN.bottom + 4 }, svg);
      svgEl('text', { class: 'chart-tick', x, y: this.height - 6, 'text-anchor': 'middle' }, svg).textContent = tick.text;
    }
    svgEl('line', {
      class: 'chart-axis', x1: MARGIN.left, x2: this.width - MARGIN.right,
      y1: this.height - MARGIN.bottom, y2: this.height - MARGIN.bottom,
    }, svg);
    series.forEach((s, k) => {
      svgEl('path', { class: `chart-line series-${s.key}`, d: this.#linePath(s.values), 'data-series': k }, svg);
    });
    this.cursor = svgEl('line', { class: 'chart-cursor', y1: MARGIN.top, y2: this.height - MARGIN.bottom }, svg);
    this.#buildLegend();
    this.setCursor(this.cursorHour);
  }

  #buildLegend() {
    this.legend.replaceChildren();
    this.legendValues = this.data.series.map((s) => {
      const item = htmlEl('li', { class: `series-${s.key}` }, null, this.legend);
      htmlEl('span', { class: 'swatch', 'aria-hidden': 'true' }, null, item);
      htmlEl('span', { class: 'series-label' }, s.label, item);
      return htmlEl('span', { class: 'series-value' }, '', item);
    });
  }

  #updateLegend() {
    const hour = Math.min(this.cursorHour, this.data.lastHour);
    this.data.series.forEach((s, k) => {
      if (this.legendValues?.[k]) this.legendValues[k].textContent = s.format(s.values[hour]);
    });
  }

  /** At most one point per pixel: the run has about a thousand hours, the plot a few hundred pixels. */
  #linePath(values) {
    const plotWidth = this.width - MARGIN.left - MARGIN.right;
    const step = Math.max(1, Math.floor(values.length / plotWidth));
    let d = '';
    for (let h = 0; h < values.length; h += step) d += `${d ? 'L' : 'M'}${this.#x(h).toFixed(1)},${this.#y(values[h]).toFixed(1)}`;
    const last = values.length - 1;
    return `${d}L${this.#x(last).toFixed(1)},${this.#y(values[last]).toFixed(1)}`;
  }

  #x(hour) {
    return MARGIN.left + (hour / Math.max(1, this.data.lastHour)) * (this.width - MARGIN.left - MARGIN.right);
  }

  #y(value) {
    const share = (value - this.yMin) / Math.max(1e-9, this.yMax - this.yMin);
    return this.height - MARGIN.bottom - share * (this.height - MARGIN.top - MARGIN.bottom);
  }

  #hourAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    const share = (clientX - box.left - MARGIN.left) / (box.width - MARGIN.left - MARGIN.right);
    return Math.round(Math.min(1, Math.max(0, share)) * this.data.lastHour);
  }

  #attachSeeking() {
    let pressed = false;
    this.svg.addEventListener('pointerdown', (event) => {
      if (!this.data) return;
      pressed = true;
      this.svg.setPointerCapture(event.pointerId);
      this.onSeek(this.#hourAt(event.clientX));
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (pressed) this.onSeek(this.#hourAt(event.clientX));
    });
    const stop = () => { pressed = false; };
    this.svg.addEventListener('pointerup', stop);
    this.svg.addEventListener('pointercancel', stop);
  }

  #resize() {
    const box = this.svg.getBoundingClientRect();
    const [width, height] = [Math.round(box.width), Math.round(box.height)];
    if (width === this.width && height === this.height) return;
    [this.width, this.height] = [width, height];
    this.render();
  }
}

function max(values) {
  let result = -Infinity;
  for (const v of values) if (v > result) result = v;
  return result;
}
