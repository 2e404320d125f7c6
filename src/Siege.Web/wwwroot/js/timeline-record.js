// The record's strip under the slider, on the run's hour scale: the recorded general offensives as hatched bands,
// positions lost as brackets over their window of days, positions still held on a date as rings, and the end of
// the siege as a flag. Drawn in brown outline, unlike the run's filled marks above the slider, so that what was
// recorded is never mistaken for what this run did. A mark past the run's last hour is gathered at the right edge.

import { svgEl, htmlEl } from './svg.js';
import { THUMB_HALF } from './timeline-markers.js';
import { RECORD_KINDS, recordMarkTitle } from './record.js';

const BAND_Y = 2;
const BAND_HEIGHT = 8;
const LANE_Y = 13;
const LANE_HEIGHT = 8;
const BEYOND_WIDTH = 8;

/** Draws the marks; returns the kinds drawn, 'beyond' among them when some lay past the run's end. */
export function drawRecordStrip(svg, marks, lastHour, positionName) {
  const width = Math.round(svg.getBoundingClientRect().width);
  const placed = withLanes(marks.filter((m) => m.kind !== 'offensive' && m.from <= lastHour));
  const lanes = Math.max(1, ...placed.map((m) => m.lane + 1));
  const height = LANE_Y + lanes * LANE_HEIGHT + 2;
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.style.height = `${height}px`;
  const x = (hour) => THUMB_HALF + (Math.max(0, Math.min(lastHour, hour)) / Math.max(1, lastHour)) * (width - 2 * THUMB_HALF);
  const hatch = svgEl('pattern', { id: 'record-hatch', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svgEl('defs', {}, svg));
  svgEl('path', { d: 'M0,0V5' }, hatch);

  const beyond = [];
  const drawn = new Set();
  for (const mark of marks) {
    if (mark.from > lastHour) {
      beyond.push(mark);
      continue;
    }
    drawn.add(mark.kind);
    const group = svgEl('g', { class: `record-mark record-${mark.kind}`, 'data-kind': mark.kind }, svg);
    svgEl('title', {}, group).textContent = recordMarkTitle(mark, positionName);
    const left = x(mark.from);
    const right = Math.max(left + 3, x(mark.to));
    const y = mark.kind === 'offensive' ? BAND_Y : LANE_Y + mark.lane * LANE_HEIGHT;
    drawShape(group, mark.kind, left, right, y);
  }
  if (beyond.length) {
    const group = svgEl('g', { class: 'record-mark record-beyond', 'data-kind': 'beyond' }, svg);
    svgEl('title', {}, group).textContent = beyond.map((m) => recordMarkTitle(m, positionName)).join('\n\n');
    const edge = width - 1;
    svgEl('path', { d: `M${edge - BEYOND_WIDTH},${BAND_Y}L${edge},${BAND_Y + 5}L${edge - BEYOND_WIDTH},${BAND_Y + 10}Z` }, group);
    drawn.add('beyond');
  }
  return drawn;
}

function drawShape(group, kind, left, right, y) {
  const mid = (left + right) / 2;
  switch (kind) {
    case 'offensive':
      svgEl('rect', { x: left, y, width: right - left, height: BAND_HEIGHT, rx: 1.5 }, group);
      break;
    case 'lost':
      // A bracket: the window's days, with its ends turned down.
      svgEl('path', { d: `M${left},${y + 6}V${y + 1}H${right}V${y + 6}` }, group);
      break;
    case 'held':
      svgEl('circle', { cx: mid, cy: y + 3.5, r: 3 }, group);
      break;
    case 'end':
      svgEl('path', { d: `M${left},${y + 7}V${y - 4}L${left + 7},${y - 1.5}L${left},${y + 1}` }, group);
      break;
    default:
      break;
  }
}

/** Puts overlapping marks in lanes, greedily, so that brackets of neighbouring windows stay apart. */
function withLanes(marks) {
  const laneEnds = [];
  return marks.map((mark) => {
    let lane = laneEnds.findIndex((end) => end <= mark.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = mark.to;
    mark.lane = lane;
    return mark;
  });
}

/** The legend of the record's marks: only the kinds drawn (drawRecordStrip's answer). */
export function drawRecordLegend(legend, drawn, kindLabel) {
  legend.replaceChildren();
  for (const kind of [...RECORD_KINDS, 'beyond']) {
    if (!drawn.has(kind)) continue;
    const item = htmlEl('li', { class: `record-${kind}` }, null, legend);
    const swatch = svgEl('svg', { class: 'legend-glyph', viewBox: '0 -6 16 16', 'aria-hidden': 'true' }, item);
    const group = svgEl('g', { class: 'record-mark' }, swatch);
    if (kind === 'offensive') svgEl('rect', { x: 1, y: -2, width: 14, height: 8, rx: 1.5, class: 'swatch-hatch' }, group);
    else if (kind === 'beyond') svgEl('path', { d: 'M4,-3L12,2L4,7Z' }, group);
    else drawShape(group, kind, 2, 14, kind === 'end' ? 0 : -2);
    htmlEl('span', {}, kindLabel(kind), item);
  }
}
