// The view's state lives in the query string (?lang=zh&scenario=hengyang-1944&seed=1&t=300), so that a link
// reproduces what its sender saw. `t` is the hour since the scenario's start.

/** The state the URL asks for; fields it lacks or gets wrong are null. */
export function readUrlState(search = window.location.search) {
  const query = new URLSearchParams(search);
  return {
    lang: query.get('lang'),
    scenario: query.get('scenario'),
    seed: seedText(query.get('seed')),
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

/** Seeds are unsigned 64-bit, beyond JavaScript's exact integers, so they stay digit strings. */
function seedText(text) {
  return text !== null && /^\d{1,20}$/.test(text) ? text.replace(/^0+(?=\d)/, '') : null;
}

function wholeNumber(text) {
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
