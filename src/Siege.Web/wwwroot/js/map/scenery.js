// What does not change hour by hour: the old city, the rivers and their crossings, and the lines of defence.

import { svgEl, smoothPath, polylinePath } from '../svg.js';
import { nameOf, t } from '../i18n.js';
import { paddedHull, centroid, defenceLine } from './geometry.js';

/** The lines of defence drawn, outermost first: each is a tier of the scenario's positions. */
export const DEFENCE_LINES = ['main', 'second'];

/** The core is drawn as one outline round its positions: at Hengyang, the old city. */
const CORE_TIER = 'core';
const CORE_MARGIN_KM = 0.2;

/** Where the scenery sits: the core's centre, used to order the lines round it. */
export function sceneryCentre(positions) {
  const core = positions.filter((p) => p.tier === CORE_TIER).map((p) => [p.x, p.y]);
  return core.length ? centroid(core) : [0, 0];
}

/** The old city's outline in km: the hull of the core positions with a margin; none unless it has three. */
export function oldCityOutline(positions) {
  const core = positions.filter((p) => p.tier === CORE_TIER).map((p) => [p.x, p.y]);
  return core.length >= 3 ? paddedHull(core, CORE_MARGIN_KM) : null;
}

export function drawOldCity(layer, positions, view) {
  const outline = oldCityOutline(positions);
  if (!outline) return;
  const projected = outline.map(([x, y]) => view.project(x, y));
  svgEl('path', { class: 'old-city', d: polylinePath(projected, true) }, layer);
}

/** Each river as a broad band with its name where it crosses the visible map. */
export function drawRivers(layer, rivers, view, labelBoxes) {
  const widthPx = Math.min(26, Math.max(5, 0.22 / view.kmPerPx));
  for (const river of rivers) {
    const points = river.course.map(([x, y]) => view.project(x, y));
    svgEl('path', { class: 'river', d: smoothPath(points), 'stroke-width': widthPx, 'data-id': river.id }, layer);
    const anchor = labelAnchor(points, view);
    if (anchor) {
      const label = svgEl('text', { class: 'river-label', x: anchor[0], y: anchor[1] - widthPx / 2 - 4, 'text-anchor': 'middle' }, layer);
      label.textContent = nameOf(river);
      labelBoxes.push(boxOfText(anchor[0], anchor[1] - widthPx / 2 - 4, label));
    }
  }
}

/** Bridges, ferries and fords, with a cross over those destroyed by the current hour. */
export function drawCrossings(layer, rivers, view, index) {
  const marks = [];
  for (const river of rivers) {
    for (const crossing of river.crossings) {
      const [px, py] = view.project(crossing.x, crossing.y);
      if (!view.contains(px, py, 20)) continue;
      const group = svgEl('g', { class: `crossing crossing-${crossing.kind}`, transform: `translate(${px},${py})`, 'data-id': crossing.id }, layer);
      svgEl('title', {}, group).textContent = `${nameOf(crossing)} (${t(`crossing.${crossing.kind}`)})`;
      if (crossing.kind === 'bridge') svgEl('rect', { x: -6, y: -2.5, width: 12, height: 5, rx: 1 }, group);
      else svgEl('circle', { r: 3.5 }, group);
      svgEl('path', { class: 'destroyed-mark', d: 'M-5,-5L5,5M5,-5L-5,5' }, group);
      marks.push({ group, id: crossing.id });
    }
  }
  return (hour) => {
    for (const { group, id } of marks) group.classList.toggle('destroyed', index.isCrossingDestroyed(id, hour));
  };
}

/** The main and second lines as smooth arcs through their positions, each labelled at its outer end. */
export function drawDefenceLines(layer, positions, view) {
  const centre = sceneryCentre(positions);
  for (const tier of DEFENCE_LINES) {
    const points = positions
      .filter((p) => p.tier === tier && Math.hypot(p.x - centre[0], p.y - centre[1]) > 0.05)
      .map((p) => [p.x, p.y]);
    if (points.length < 3) continue;
    const line = defenceLine(points, centre);
    const projected = line.points.map(([x, y]) => view.project(x, y));
    svgEl('path', { class: `defence-line line-${tier}`, d: smoothPath(projected, line.closed) }, layer);
  }
  const outline = oldCityOutline(positions);
  if (outline) {
    svgEl('path', { class: 'defence-line line-core', d: polylinePath(outline.map(([x, y]) => view.project(x, y)), true) }, layer);
  }
}

/** The river point nearest the middle of the view, if one is on screen. */
function labelAnchor(points, view) {
  let best = null;
  let bestDistance = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const mid = [(points[i][0] + points[i + 1][0]) / 2, (points[i][1] + points[i + 1][1]) / 2];
    if (!view.contains(mid[0], mid[1], -40)) continue;
    const distance = Math.hypot(mid[0] - view.width * 0.35, mid[1] - view.height * 0.3);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = mid;
    }
  }
  return best;
}

function boxOfText(x, y, text) {
  const width = text.getComputedTextLength();
  return { x: x - width / 2, y: y - 12, w: width, h: 14 };
}
