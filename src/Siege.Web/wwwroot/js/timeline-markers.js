// The strip above the slider: the general offensives as bands, and a mark for each gas attack, air raid, air drop,
// other supply arrival and move of the relief. Each mark has a tooltip with its time and the trace's own sentence.

import { svgEl, htmlEl } from './svg.js';
import { MARKER_KINDS } from './run-index.js';

/** Half the slider thumb's width in CSS pixels (css/viewer.css): the track runs between the thumb's centres. */
export const THUMB_HALF = 9;

const BAND_Y = 2;
const BAND_HEIGHT = 14;
const MARK_Y = 22;

export function drawMarkers(svg, legend, index, text) {
  const width = Math.round(svg.getBoundingClientRect().width);
  const height = 36;
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const x = (hour) => THUMB_HALF + (hour / Math.max(1, index.lastHour)) * (width - 2 * THUMB_HALF);

  for (const span of index.offensiveSpans()) {
    const group = svgEl('g', { class: 'marker marker-offensive' }, svg);
    svgEl('title', {}, group).textContent = `${text.offensiveLabel(span.ordinal)}: ${text.timeOf(span.startHour)} – ${text.timeOf(span.endHour)}`;
    svgEl('rect', { x: x(span.startHour), y: BAND_Y, width: Math.max(2, x(span.endHour) - x(span.startHour)), height: BAND_HEIGHT, rx: 2 }, group);
    svgEl('text', { x: x(span.startHour) + 3, y: BAND_Y + BAND_HEIGHT - 3 }, group).textContent = String(span.ordinal);
  }
  for (const { marker, hour, event } of index.markers) {
    const group = svgEl('g', { class: `marker marker-${marker}`, transform: `translate(${x(hour).toFixed(1)},${MARK_Y})` }, svg);
    svgEl('title', {}, group).textContent = `${text.timeOf(hour)} — ${text.describe(event)}`;
    svgEl('path', { d: GLYPHS[marker] }, group);
  }

  legend.replaceChildren();
  for (const kind of ['offensive', ...Object.keys(MARKER_KINDS)]) {
    if (kind !== 'offensive' && !index.markers.some((m) => m.marker === kind)) continue;
    if (kind === 'offensive' && index.trace.offensives.length === 0) continue;
    const item = htmlEl('li', { class: `marker-${kind}` }, null, legend);
    const swatch = svgEl('svg', { class: 'legend-glyph', viewBox: '-7 -2 14 14', 'aria-hidden': 'true' }, item);
    if (kind === 'offensive') svgEl('rect', { x: -6, y: 0, width: 12, height: 10, rx: 2 }, swatch);
    else svgEl('path', { d: GLYPHS[kind] }, svgEl('g', { class: 'marker' }, swatch));
    htmlEl('span', {}, text.kindLabel(kind), item);
  }
}

/** Shapes that differ by more than colour: a tick, a triangle, a down-arrow, a diamond and a square. */
const GLYPHS = {
  airRaid: 'M-1,0H1V10H-1Z',
  gas: 'M0,0L5,10H-5Z',
  airDrop: 'M-5,0H5L0,10Z',
  supply: 'M0,0L5,5L0,10L-5,5Z',
  relief: 'M-4,1H4V9H-4Z',
};
