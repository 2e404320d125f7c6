// Look-ups derived once from a run trace (docs/trace-format.md), so that drawing an hour is cheap.

/**
 * Which event kinds the timeline marks, grouped as the issue names them. A supply arrival is an `airDrop` only when
 * the scenario says it came by air (its `delivery`); any other arrival is a `supplyArrived`.
 */
export const MARKER_KINDS = {
  gas: ['gas'],
  airRaid: ['airRaid'],
  airDrop: ['airDrop'],
  supply: ['supplyArrived'],
  relief: ['reliefApproaches', 'reliefThrownBack', 'reliefBreaksThrough', 'blockingReinforced'],
};

/** Event kinds that belong to a position's history: their subject or target is a position. */
const POSITION_EVENT_KINDS = new Set([
  'positionLost', 'positionRetaken', 'fellBack', 'overrun', 'counterattackFailed', 'attackerArrived',
  'reliefApproaches', 'reliefThrownBack', 'reliefBreaksThrough',
]);

export class RunIndex {
  constructor(trace) {
    this.trace = trace;
    this.positions = trace.map.positions;
    this.lastHour = trace.hours.length - 1;
    this.positionIndex = new Map(this.positions.map((p, i) => [p.id, i]));
    this.historyByPosition = new Map(this.positions.map((p) => [p.id, []]));
    this.markers = [];
    this.crossingDestroyedAt = new Map();
    this.#indexEvents();
  }

  hour(h) {
    return this.trace.hours[Math.max(0, Math.min(this.lastHour, h))];
  }

  /** Every position's name and place, for labels and look-ups by id. */
  position(id) {
    return this.positions[this.positionIndex.get(id)];
  }

  /** The events that concern a position, in order, with their hour. */
  historyOf(id) {
    return this.historyByPosition.get(id) ?? [];
  }

  /** A crossing counts as destroyed from the hour its event happened. */
  isCrossingDestroyed(crossingId, hour) {
    const at = this.crossingDestroyedAt.get(crossingId);
    return at !== undefined && at <= hour;
  }

  /** Offensive spans and dated point events for the timeline. */
  offensiveSpans() {
    return this.trace.offensives.map((o) => ({
      ordinal: o.ordinal,
      startHour: o.startHour,
      endHour: o.endHour ?? this.lastHour,
    }));
  }

  #indexEvents() {
    const kindToMarker = new Map();
    for (const [marker, kinds] of Object.entries(MARKER_KINDS)) for (const kind of kinds) kindToMarker.set(kind, marker);

    for (const frame of this.trace.hours) {
      for (const event of frame.events) {
        const marker = kindToMarker.get(event.kind);
        if (marker) this.markers.push({ marker, hour: frame.hour, event });
        if (event.kind === 'crossingDestroyed' && !this.crossingDestroyedAt.has(event.subject)) {
          this.crossingDestroyedAt.set(event.subject, frame.hour);
        }
        if (!POSITION_EVENT_KINDS.has(event.kind)) continue;
        for (const id of new Set([event.subject, event.target])) {
          this.historyByPosition.get(id)?.push({ hour: frame.hour, event });
        }
      }
    }
  }
}
