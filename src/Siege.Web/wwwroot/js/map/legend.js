// The map's legend lists only what this map has: a scenario without rivers or lines of defence gets no entry for them.

import { DEFENCE_LINES, oldCityOutline } from './scenery.js';
import { positionsHeldAtCeaseFire } from '../run-end.js';

export function showLegendFor(legend, index) {
  const map = index.trace.map;
  const crossings = map.rivers.flatMap((r) => r.crossings);
  const present = new Set();
  if (map.positions.some((p) => p.key)) present.add('key');
  for (const tier of DEFENCE_LINES) if (map.positions.filter((p) => p.tier === tier).length >= 3) present.add(`line-${tier}`);
  if (oldCityOutline(map.positions)) present.add('old-city');
  if (map.rivers.length) present.add('river');
  for (const kind of ['bridge', 'ferry']) if (crossings.some((c) => c.kind === kind)) present.add(kind);
  if (index.crossingDestroyedAt.size) present.add('destroyed');
  if (positionsHeldAtCeaseFire(index) > 0) present.add('surrendered');
  for (const item of legend.querySelectorAll('[data-feature]')) item.hidden = !present.has(item.dataset.feature);
}
