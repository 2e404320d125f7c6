// Battle times are local wall-clock times written yyyy-MM-ddTHH:mm with no zone. They are handled as if in UTC so
// that the viewer's own time zone (and its summer time) can never shift an hour.

import { language } from './i18n.js';

const HOUR_MS = 3600 * 1000;

export function parseBattleTime(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a battle time: ${text}`);
  const [, y, mo, d, h, mi] = match.map(Number);
  return Date.UTC(y, mo - 1, d, h, mi);
}

/** The battle time `hours` after the start, as milliseconds on the UTC clock. */
export function timeAt(startText, hours) {
  return parseBattleTime(startText) + hours * HOUR_MS;
}

function locale() {
  return language() === 'zh' ? 'zh-CN' : 'en-GB';
}

/** e.g. "1944年6月22日 10:00" or "22 Jun 1944, 10:00". */
export function formatDateTime(ms) {
  return `${formatDate(ms)}${language() === 'zh' ? ' ' : ', '}${formatClock(ms)}`;
}

/** e.g. "1944年6月22日" or "22 Jun 1944". */
export function formatDate(ms) {
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
}

/** e.g. "6月22日" or "22 Jun", for chart axes. */
export function formatDayMonth(ms) {
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(ms);
}

/** "HH:mm". */
export function formatClock(ms) {
  const date = new Date(ms);
  return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * The day of the siege an hour falls in: the calendar day of the start is day 1 (as in the CLI's chronicle), whatever
 * the hour the scenario starts at.
 */
export function dayOfHour(startText, hour) {
  const startOfDay = new Date(parseBattleTime(startText)).getUTCHours();
  return Math.floor((hour + startOfDay) / 24) + 1;
}

/** The first and last hour (inclusive, clamped to the run) of a day of the siege. */
export function hoursOfDay(startText, day, lastHour) {
  const startOfDay = new Date(parseBattleTime(startText)).getUTCHours();
  return [Math.max(0, (day - 1) * 24 - startOfDay), Math.min(lastHour, day * 24 - startOfDay - 1)];
}
