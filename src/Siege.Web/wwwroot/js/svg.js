// Small helpers for building SVG and HTML without a framework.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with the given attributes (null and undefined values are skipped). */
export function svgEl(name, attributes = {}, parent = null) {
  const el = document.createElementNS(SVG_NS, name);
  setAttributes(el, attributes);
  if (parent) parent.appendChild(el);
  return el;
}

/** Creates an HTML element with attributes and optional text. */
export function htmlEl(name, attributes = {}, text = null, parent = null) {
  const el = document.createElement(name);
  setAttributes(el, attributes);
  if (text !== null) el.textContent = text;
  if (parent) parent.appendChild(el);
  return el;
}

export function setAttributes(el, attributes) {
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    el.setAttribute(key, String(value));
  }
}

/** A path's "d" through the points, straight segments; closed when asked. */
export function polylinePath(points, closed = false) {
  if (points.length === 0) return '';
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
  return closed ? `${d}Z` : d;
}

/**
 * A smooth path through the points (Catmull-Rom turned into cubic Béziers), so that rivers and lines of defence
 * drawn from a handful of schematic points do not look like polygons.
 */
export function smoothPath(points, closed = false) {
  const n = points.length;
  if (n < 3) return polylinePath(points, closed);
  const at = (i) => closed ? points[(i + n) % n] : points[Math.max(0, Math.min(n - 1, i))];
  let d = `M${round(points[0][0])},${round(points[0][1])}`;
  const segments = closed ? n : n - 1;
  for (let i = 0; i < segments; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${round(c1[0])},${round(c1[1])} ${round(c2[0])},${round(c2[1])} ${round(p2[0])},${round(p2[1])}`;
  }
  return closed ? `${d}Z` : d;
}

function round(v) {
  return Math.round(v * 10) / 10;
}
