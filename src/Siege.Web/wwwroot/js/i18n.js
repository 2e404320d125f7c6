// Every visible string comes from i18n/zh.json or i18n/en.json; names of places, units and scenarios come from the
// data in both languages (`name` is Chinese, `nameEn` English). This module holds the current language.

export const LANGUAGES = ['zh', 'en'];

const strings = {};
let current = 'en';
const listeners = [];

/** Loads both string tables, so that switching language needs no further request. */
export async function loadStrings() {
  await Promise.all(LANGUAGES.map(async (lang) => {
    const response = await fetch(`i18n/${lang}.json`);
    if (!response.ok) throw new Error(`i18n/${lang}.json: HTTP ${response.status}`);
    strings[lang] = await response.json();
  }));
}

/** The browser's preferred language if it is Chinese, otherwise English. */
export function browserLanguage() {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en'];
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === current && document.documentElement.dataset.lang === lang) return;
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.documentElement.dataset.lang = lang;
  applyStrings(document);
  for (const listener of listeners) listener(lang);
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** The string for a key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const template = strings[current]?.[key] ?? strings.en?.[key];
  if (template === undefined) {
    console.warn(`missing string: ${key}`);
    return key;
  }
  return template.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? `{${name}}`);
}

/** The name of a thing from the data in the current language. */
export function nameOf(thing) {
  if (!thing) return '';
  return current === 'zh' ? thing.name ?? thing.nameEn : thing.nameEn ?? thing.name;
}

/**
 * A free text the scenario writes in English with an optional Chinese companion (a position's role and roleZh, a
 * variant's rationale and rationaleZh): the current language's, or the other one rather than nothing. `lang` is the
 * language of the text given, for the element that shows it.
 */
export function localText(en, zh) {
  const english = { text: en, lang: 'en' };
  const chinese = { text: zh, lang: 'zh-Hans' };
  return (current === 'zh' ? [chinese, english] : [english, chinese]).find((choice) => choice.text) ?? null;
}

/** The other language's name, shown beside the current one where both are wanted. */
export function otherNameOf(thing) {
  if (!thing) return '';
  return current === 'zh' ? thing.nameEn ?? '' : thing.name ?? '';
}

/** Fills elements marked data-i18n (text), data-i18n-label (aria-label) and data-i18n-title (title). */
export function applyStrings(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
}

export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(current === 'zh' ? 'zh-CN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(share) {
  return `${formatNumber(share * 100)}%`;
}

/** A signed number, with a true minus sign, for differences. */
export function formatSigned(value, digits = 1) {
  const text = formatNumber(Math.abs(value), digits);
  if (Number(text.replace(/[^0-9.]/g, '')) === 0) return text;
  return value < 0 ? `\u2212${text}` : `+${text}`;
}
