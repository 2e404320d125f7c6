// Source keys as a reader sees them: the key the scenario's files use, with the title its sources list gives it
// (and its author and year where there are). Titles are written once, in the language of the work, so they are not
// translated; the key is what a reader looks up in the scenario's sources.

import { htmlEl } from './svg.js';

/** "key (title)" for a key of the scenario's sources list, or the key alone when the list lacks it. */
export function sourceLabel(key, sources) {
  const source = sources.find((s) => s.id === key);
  return source ? `${key} (${titleOf(source)})` : key;
}

function titleOf(source) {
  const by = [source.author, source.year].filter(Boolean).join(', ');
  return by ? `${source.title}, ${by}` : source.title;
}

/** A list of sources: each key, its title as a link when the source has an address, and its author and year. */
export function sourceList(keys, sources, parent) {
  const list = htmlEl('ul', { class: 'source-list', 'data-source-text': '' }, null, parent);
  for (const key of keys) {
    const source = sources.find((s) => s.id === key);
    const item = htmlEl('li', { 'data-source': key }, null, list);
    htmlEl('code', { class: 'source-key' }, key, item);
    if (!source) continue;
    item.append(' ');
    if (source.url) htmlEl('a', { href: source.url, rel: 'noreferrer', class: 'source-title' }, source.title, item);
    else htmlEl('span', { class: 'source-title' }, source.title, item);
    const by = [source.author, source.year].filter(Boolean).join(', ');
    if (by) item.append(`, ${by}`);
  }
  return list;
}
