// The card that follows the pointer (or the keyboard focus) over a position: both names and the hour's facts.

import { htmlEl } from '../svg.js';
import { t, language } from '../i18n.js';
import { positionFacts, bothNames } from '../position-facts.js';

const SHOWN_FACTS = 5;

export class Tooltip {
  constructor(element, container) {
    this.element = element;
    this.container = container;
  }

  /**
   * @param latest the position's last event up to this hour, {when, text}, or null
   * @param end the position's state after a cease-fire (run-end.js), or null
   */
  show(position, frame, i, anchor, latest = null, end = null) {
    const el = this.element;
    el.replaceChildren();
    const names = bothNames(position);
    htmlEl('strong', {}, names.primary, el);
    htmlEl('span', { class: 'other-name', lang: language() === 'zh' ? 'en' : 'zh-Hans' }, names.secondary, el);
    const facts = htmlEl('dl', {}, null, el);
    for (const [label, value, lang] of positionFacts(position, frame, i, end).slice(0, SHOWN_FACTS)) {
      const row = htmlEl('div', {}, null, facts);
      htmlEl('dt', {}, label, row);
      htmlEl('dd', { lang }, value, row);
    }
    if (latest) {
      const last = htmlEl('p', { class: 'latest' }, null, el);
      htmlEl('span', { class: 'latest-when' }, latest.when, last);
      htmlEl('span', {}, latest.text, last);
    }
    htmlEl('p', { class: 'hint' }, t('tooltip.more'), el);
    el.hidden = false;
    this.#place(anchor);
  }

  hide() {
    this.element.hidden = true;
  }

  /** Beside the anchor point (pixels within the container), flipped to stay inside it. */
  #place([x, y]) {
    const el = this.element;
    const box = this.container.getBoundingClientRect();
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const left = x + 14 + width > box.width ? Math.max(4, x - 14 - width) : x + 14;
    const top = Math.min(Math.max(4, y - height / 2), Math.max(4, box.height - height - 4));
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }
}
