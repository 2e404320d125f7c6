// The historical record as dated marks for the timeline: the scenario's recorded general offensives, positions lost
// (a window of days, or by a day), positions or sets of positions still held on a date, and the end of the siege.
// Items without a date (lengths, casualties, why the siege ended) are left to the what-if panel. Record dates are whole days; a mark covers the days from the first
// day's midnight to the midnight after the last, on the run's hour scale.

import { t, nameOf, localText } from './i18n.js';
import { parseBattleTime, formatDate } from './time.js';

const HOUR_MS = 3600 * 1000;
const DAY_HOURS = 24;

/** The kinds of record mark, in the order the legend lists them. */
export const RECORD_KINDS = ['offensive', 'lost', 'held', 'end'];

/**
 * The dated record items of a scenario (the API's `record`) as marks: {kind, from, to, items}, hours since the
 * scenario's start. Items of one kind on the same days share a mark, so that two positions lost in the same window
 * are one bracket with both names.
 */
export function recordMarks(scenario) {
  const start = parseBattleTime(scenario.start);
  const hourOf = (day) => (parseBattleTime(`${day}T00:00`) - start) / HOUR_MS;
  const byKey = new Map();
  for (const item of scenario.record ?? []) {
    const span = spanOf(item);
    if (!span) continue;
    const from = hourOf(span.first);
    const to = hourOf(span.last) + DAY_HOURS;
    const key = `${span.kind}|${from}|${to}`;
    if (!byKey.has(key)) byKey.set(key, { kind: span.kind, from, to, items: [] });
    byKey.get(key).items.push(item);
  }
  return [...byKey.values()].sort((a, b) => a.from - b.from || RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind));
}

function spanOf(item) {
  switch (item.kind) {
    case 'offensive': return { kind: 'offensive', first: item.start, last: item.end };
    case 'positionLost': return { kind: 'lost', first: item.from, last: item.to };
    case 'positionLostBy': return { kind: 'lost', first: item.date, last: item.date };
    case 'positionsLost': return { kind: 'lost', first: item.from, last: item.to };
    case 'positionHeld': return { kind: 'held', first: item.date, last: item.date };
    case 'positionsHeld': return { kind: 'held', first: item.through, last: item.through };
    case 'siegeEnd': return { kind: 'end', first: item.date, last: item.date };
    default: return null;
  }
}

/**
 * What a record item says, in the current language: {what, when, note, noteLang, sources}. `positionName` names a
 * position by its id (from the run's map).
 */
export function describeRecordItem(item, positionName) {
  const day = (text) => formatDate(parseBattleTime(`${text}T00:00`));
  const note = localText(item.noteEn, item.note);
  const described = {
    note: note?.text ?? '',
    noteLang: note?.lang ?? null,
    sources: item.sources ?? [],
  };
  switch (item.kind) {
    case 'offensive':
      return { ...described, what: t('record.offensive', { ordinal: item.ordinal }), when: range(day(item.start), day(item.end), item.toleranceDays) };
    case 'positionLost':
      return { ...described, what: t('record.lost', { name: positionName(item.position) }), when: dayWindow(day, item.from, item.to) };
    case 'positionHeld':
      return { ...described, what: t('record.held', { name: positionName(item.position) }), when: day(item.date) };
    case 'positionLostBy':
      return { ...described, what: t('record.lostBy', { name: positionName(item.position) }), when: t('record.byDay', { date: day(item.date) }) };
    case 'positionsHeld':
      return { ...described, what: t('record.setHeld', { name: setName(item, positionName) }), when: t('record.throughDay', { date: day(item.through) }) };
    case 'positionsLost':
      return { ...described, what: t('record.setLost', { name: setName(item, positionName) }), when: dayWindow(day, item.from, item.to) };
    case 'assaultBegan':
      return { ...described, what: t('record.assault', { name: positionName(item.position) }), when: dayWindow(day, item.from, item.to) };
    case 'siegeEndReason':
      return { ...described, what: t('record.endReason'), when: (item.reasons ?? []).map((r) => t(`record.reason.${r}`)).join(' / ') };
    case 'siegeEnd':
      return { ...described, what: t('record.end'), when: range(day(item.date), null, item.toleranceDays) };
    default:
      return { ...described, what: item.id, when: '' };
  }
}

function dayWindow(day, from, to) {
  return from === to ? day(from) : t('record.between', { from: day(from), to: day(to) });
}

/** A set of positions: its tiers (the core, the main line) and the positions it names. */
function setName(item, positionName) {
  return [...(item.tiers ?? []).map((tier) => t(`tier.${tier}`)), ...(item.positions ?? []).map(positionName)].join(', ');
}

function range(from, to, toleranceDays) {
  const dates = to ? `${from} – ${to}` : from;
  return toleranceDays ? t('record.tolerance', { dates, days: toleranceDays }) : dates;
}

/** One line for a mark's tooltip: every item on it, with its note and its source keys. */
export function recordMarkTitle(mark, positionName) {
  const lines = [t('record.title')];
  for (const item of mark.items) {
    const d = describeRecordItem(item, positionName);
    lines.push(`${d.what}: ${d.when}`);
    if (d.note) lines.push(d.note);
    lines.push(t('record.sources', { sources: d.sources.join(', ') }));
  }
  return lines.join('\n');
}

/** A position's name from the run's map, or its id when the map has no such position. */
export function positionNamer(index) {
  return (id) => nameOf(index.position(id)) || id;
}
