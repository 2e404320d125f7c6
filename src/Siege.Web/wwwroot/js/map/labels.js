// Position names beside their symbols. Too many for a small screen, so they are placed greedily: key positions and
// inner rings first, each in the first of four spots (right, left, above, below) that overlaps no symbol and no
// label already placed. A name that finds no room is left out; hovering or tapping its symbol still shows it.

import { svgEl } from '../svg.js';
import { nameOf } from '../i18n.js';
import { boxesOverlap } from './geometry.js';
import { symbolRadius } from './positions-layer.js';

const TIER_PRIORITY = ['core', 'main', 'second', 'outpost', 'warning', 'eastBank', 'staging'];
const FONT_PX = 12;
const LINE_PX = 14;

export function drawLabels(layer, symbols, view, reservedBoxes) {
  const placed = [...reservedBoxes, ...symbols.map((s) => s.box)];
  const measure = textMeasurer(layer);
  const ordered = [...symbols].sort((a, b) => priority(a.position) - priority(b.position));
  const labels = [];
  for (const { position, box } of ordered) {
    const cx = box.x + box.w / 2;
    const cy = box.y + box.h / 2;
    if (!view.contains(cx, cy)) continue;
    const text = nameOf(position);
    const width = measure(text);
    const spot = candidateSpots(cx, cy, symbolRadius(position), width).find(
      (candidate) => view.contains(candidate.box.x, candidate.box.y) &&
        view.contains(candidate.box.x + candidate.box.w, candidate.box.y + candidate.box.h) &&
        !placed.some((other) => boxesOverlap(candidate.box, other)),
    );
    if (!spot) continue;
    placed.push(spot.box);
    const label = svgEl('text', {
      class: `label${position.key ? ' key' : ''}`,
      x: spot.x.toFixed(1),
      y: spot.y.toFixed(1),
      'text-anchor': spot.anchor,
      'data-id': position.id,
      'aria-hidden': 'true',
    }, layer);
    label.textContent = text;
    labels.push(label);
  }
  return labels;
}

function priority(position) {
  const tier = TIER_PRIORITY.indexOf(position.tier);
  return (position.key ? 0 : 100) + (tier < 0 ? TIER_PRIORITY.length : tier);
}

function candidateSpots(cx, cy, r, width) {
  const gap = r + 3;
  const baseline = FONT_PX * 0.35;
  return [
    { x: cx + gap, y: cy + baseline, anchor: 'start', box: { x: cx + gap, y: cy - LINE_PX / 2, w: width, h: LINE_PX } },
    { x: cx - gap, y: cy + baseline, anchor: 'end', box: { x: cx - gap - width, y: cy - LINE_PX / 2, w: width, h: LINE_PX } },
    { x: cx, y: cy - gap - 3, anchor: 'middle', box: { x: cx - width / 2, y: cy - gap - LINE_PX, w: width, h: LINE_PX } },
    { x: cx, y: cy + gap + FONT_PX, anchor: 'middle', box: { x: cx - width / 2, y: cy + gap, w: width, h: LINE_PX } },
  ];
}

/** Measures text in the labels' own font, read from the page's CSS so that widths match what is drawn. */
function textMeasurer(layer) {
  const context = document.createElement('canvas').getContext('2d');
  const probe = svgEl('text', { class: 'label' }, layer);
  const style = getComputedStyle(probe);
  context.font = `${style.fontWeight} ${FONT_PX}px ${style.fontFamily}`;
  probe.remove();
  return (text) => context.measureText(text).width + 2;
}
