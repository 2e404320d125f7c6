// Plane geometry on the scenario's schematic coordinates (km east, km north).

/** The convex hull of points, counter-clockwise (Andrew's monotone chain). */
export function convexHull(points) {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list) => {
    const chain = [];
    for (const p of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2], chain[chain.length - 1], p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** The hull of the points grown by a margin all round, with rounded corners (each point becomes a small circle). */
export function paddedHull(points, margin) {
  const grown = [];
  for (const [x, y] of points) {
    for (let k = 0; k < 12; k++) {
      const angle = (k / 12) * 2 * Math.PI;
      grown.push([x + margin * Math.cos(angle), y + margin * Math.sin(angle)]);
    }
  }
  return convexHull(grown);
}

export function centroid(points) {
  const sum = points.reduce((acc, [x, y]) => [acc[0] + x, acc[1] + y], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

/**
 * The points of a line of defence in the order it runs round the centre. A line that leaves a wide gap (Hengyang's
 * lines end on the Xiang, which closes them to the east) is an open arc that starts after the widest gap; one with
 * no wide gap is a closed ring.
 */
export function defenceLine(points, centre, openGapDegrees = 100) {
  const withAngle = points
    .map((p) => ({ p, angle: Math.atan2(p[1] - centre[1], p[0] - centre[0]) }))
    .sort((a, b) => a.angle - b.angle);
  if (withAngle.length < 3) return { points: withAngle.map((w) => w.p), closed: false };
  let widest = -1;
  let start = 0;
  withAngle.forEach((w, i) => {
    const next = withAngle[(i + 1) % withAngle.length];
    const gap = (next.angle - w.angle + 2 * Math.PI) % (2 * Math.PI);
    if (gap > widest) {
      widest = gap;
      start = (i + 1) % withAngle.length;
    }
  });
  const ordered = withAngle.map((_, i) => withAngle[(start + i) % withAngle.length].p);
  return { points: ordered, closed: widest < (openGapDegrees * Math.PI) / 180 };
}

/** The bounding box of points, {minX, maxX, minY, maxY}. */
export function bounds(points) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

/** Whether two boxes {x, y, w, h} overlap. */
export function boxesOverlap(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
