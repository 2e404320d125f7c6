// The approaches between positions and the positions themselves. Drawn once per view; each hour only changes
// attributes: who holds a position (data-holder), whether it is under attack or was given up at the cease-fire
// (run-end.js), and which approaches are a front.

import { svgEl } from '../svg.js';
import { surrenderedAt } from '../run-end.js';

const TIER_RADIUS = { core: 6, main: 6, second: 5.5, outpost: 5, warning: 5, eastBank: 5, staging: 4.5 };
const KEY_BONUS = 2;

export function symbolRadius(position) {
  return (TIER_RADIUS[position.tier] ?? 5) + (position.key ? KEY_BONUS : 0);
}

/** Draws the approaches; returns an update for an hour's holders. */
export function drawApproaches(layer, index, view, crossingsById) {
  const lines = [];
  for (const approach of index.trace.map.approaches) {
    const from = index.position(approach.from);
    const to = index.position(approach.to);
    if (!from || !to) continue;
    const via = approach.crossing ? crossingsById.get(approach.crossing) : null;
    const points = [from, ...(via ? [via] : []), to].map((p) => view.project(p.x, p.y));
    const line = svgEl('polyline', { class: 'approach', points: points.map((p) => p.join(',')).join(' ') }, layer);
    lines.push({ line, from: index.positionIndex.get(from.id), to: index.positionIndex.get(to.id) });
  }
  return (frame) => {
    for (const { line, from, to } of lines) line.classList.toggle('front', frame.holders[from] !== frame.holders[to]);
  };
}

/**
 * Draws every position as a symbol: a circle while the defender holds it (greyed once its garrison has been taken at
 * the cease-fire), a diamond while the attacker does.
 */
export function drawPositions(layer, index, view, handlers) {
  const symbols = [];
  index.positions.forEach((position, i) => {
    const [px, py] = view.project(position.x, position.y);
    const r = symbolRadius(position);
    const group = svgEl('g', {
      class: `position tier-${position.tier}${position.key ? ' key' : ''}`,
      transform: `translate(${px.toFixed(1)},${py.toFixed(1)})`,
      'data-id': position.id,
      tabindex: 0,
      role: 'button',
    }, layer);
    svgEl('circle', { class: 'hit-area', r: r + 6 }, group);
    svgEl('circle', { class: 'contest-ring', r: r + 4 }, group);
    svgEl('circle', { class: 'symbol symbol-defender', r }, group);
    const d = r * 1.3;
    svgEl('path', { class: 'symbol symbol-attacker', d: `M0,${-d}L${d},0L0,${d}L${-d},0Z` }, group);
    if (position.key) svgEl('circle', { class: 'key-ring', r: r + 2 }, group);
    handlers.attach(group, position);
    symbols.push({ group, i, position, box: { x: px - r, y: py - r, w: 2 * r, h: 2 * r } });
  });
  const update = (frame) => {
    for (const { group, i } of symbols) {
      const holder = frame.holders[i];
      group.dataset.holder = holder;
      const surrendered = surrenderedAt(index, i, frame.hour);
      group.classList.toggle('contested', holder === 'D' && frame.attackers[i] > 0 && !surrendered);
      group.classList.toggle('surrendered', surrendered);
      group.setAttribute('aria-label', handlers.describe(index.positions[i], frame, i));
    }
  };
  return { symbols, update };
}
