// The view's state lives in the query string (?lang=zh&scenario=hengyang-1944&seed=1&t=300), so that a link
// reproduces what its sender saw. `t` is the hour since the scenario's start.

/** The largest seed: seeds are unsigned 64-bit. */
export const MAX_SEED = '18446744073709551615';

/**
 * The state the URL asks for; fields it lacks or gets wrong are null. A seed that is given but is no seed is kept
 * in badSeed, so the page can name it rather than show another seed in its place; the scenario is checked against
 * the server's list by the page.
 */
export function readUrlState(search = window.location.search) {
  const query = new URLSearchParams(search);
  const seed = query.get('seed');
  const given = seed !== null && seed !== '';
  return {
    lang: query.get('lang'),
    scenario: query.get('scenario') || null,
    seed: given ? seedText(seed) : null,
    badSeed: given && seedText(seed) === null ? seed : null,
    hour: wholeNumber(query.get('t')),
  };
}

/** Writes the state into the address bar without adding a history entry for every hour of play. */
export function writeUrlState({ lang, scenario, seed, hour }) {
  const query = new URLSearchParams();
  if (lang) query.set('lang', lang);
  if (scenario) query.set('scenario', scenario);
  if (seed !== null && seed !== undefined) query.set('seed', String(seed));
  if (hour !== null && hour !== undefined) query.set('t', String(hour));
  const url = `${window.location.pathname}?${query}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(null, '', url);
  }
}

/**
 * A seed as the server takes it (digits, without leading zeros), or null when the text is none. Seeds are unsigned
 * 64-bit, beyond JavaScript's exact integers, so they stay digit strings and are compared as BigInt.
 */
export function seedText(text) {
  if (text === null || !/^\d{1,20}$/.test(text)) return null;
  return BigInt(text) <= BigInt(MAX_SEED) ? text.replace(/^0+(?=\d)/, '') : null;
}

function wholeNumber(text) {
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
