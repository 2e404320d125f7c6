// How a run ends when the garrison ceases resistance. The trace's cease-fire event gives the hour and the men taken
// prisoner; from that hour the garrisons are empty, yet the positions the defender still held keep their letter D.
// Those are drawn and described in a state of their own: held until the cease-fire, garrison captured.

const cache = new WeakMap();

/** The run's cease-fire as {hour, men, event}, or null when the run ends another way. */
export function ceaseFireOf(index) {
  if (!cache.has(index)) cache.set(index, find(index));
  return cache.get(index);
}

function find(index) {
  for (let h = index.lastHour; h >= 0; h--) {
    const event = index.hour(h).events.find((e) => e.kind === 'ceaseFire');
    if (event) return { hour: h, men: event.men, event };
  }
  return null;
}

/** Whether position i, at the hour, was still the defender's when the garrison ceased resistance. */
export function surrenderedAt(index, i, hour) {
  const ceaseFire = ceaseFireOf(index);
  return ceaseFire !== null && hour >= ceaseFire.hour && index.hour(hour).holders[i] === 'D';
}

/** The men at position i in the last hour before the cease-fire: those it gave up. */
export function garrisonBeforeCeaseFire(index, i) {
  const ceaseFire = ceaseFireOf(index);
  return ceaseFire ? index.hour(Math.max(0, ceaseFire.hour - 1)).garrisons[i] : 0;
}

/** How many positions were still the defender's at the cease-fire. */
export function positionsHeldAtCeaseFire(index) {
  const ceaseFire = ceaseFireOf(index);
  if (!ceaseFire) return 0;
  return [...index.hour(ceaseFire.hour).holders].filter((h) => h === 'D').length;
}

/**
 * What a reader is told of position i at the hour once the garrison has ceased resistance, or null before then and
 * for a position the attacker holds: {captured} the men it gave up.
 */
export function endStateOf(index, i, hour) {
  return surrenderedAt(index, i, hour) ? { captured: garrisonBeforeCeaseFire(index, i) } : null;
}
