// The selected position: both its names, the facts of the current hour, and its history in this run, with the
// events still to come faded.

import { htmlEl } from './svg.js';
import { t, language } from './i18n.js';
import { timeAt, formatDateTime } from './time.js';
import { positionFacts, bothNames, changesUpTo } from './position-facts.js';

export class PositionPanel {
  constructor(container) {
    this.container = container;
    this.index = null;
    this.id = null;
  }

  setRun(index) {
    this.index = index;
    if (this.id && !index.positionIndex.has(this.id)) this.id = null;
  }

  select(id) {
    this.id = id;
  }

  showHour(hour) {
    const box = this.container;
    box.replaceChildren();
    if (!this.index || !this.id) {
      htmlEl('p', { class: 'hint' }, t('position.none'), box);
      return;
    }
    const i = this.index.positionIndex.get(this.id);
    const position = this.index.positions[i];
    const frame = this.index.hour(hour);
    const names = bothNames(position);
    const heading = htmlEl('h3', { class: 'position-name' }, names.primary, box);
    htmlEl('span', { class: 'other-name', lang: language() === 'zh' ? 'en' : 'zh-Hans' }, names.secondary, heading);

    const facts = htmlEl('dl', { class: 'facts' }, null, box);
    for (const [label, value, lang] of positionFacts(position, frame, i)) {
      const row = htmlEl('div', {}, null, facts);
      htmlEl('dt', {}, label, row);
      htmlEl('dd', { lang }, value, row);
    }

    htmlEl('h4', {}, t('position.history'), box);
    const changes = changesUpTo(this.index, i, hour);
    htmlEl('p', { class: 'changes' }, t('position.changes', { count: changes }), box);
    const history = this.index.historyOf(this.id);
    if (history.length === 0) {
      htmlEl('p', { class: 'hint' }, t('position.noHistory'), box);
      return;
    }
    const list = htmlEl('ol', { class: 'history' }, null, box);
    const start = this.index.trace.scenario.start;
    for (const { hour: at, event } of history) {
      const item = htmlEl('li', { 'data-when': at <= hour ? 'past' : 'later' }, null, list);
      htmlEl('time', { datetime: this.index.hour(at).time }, formatDateTime(timeAt(start, at)), item);
      htmlEl('span', {}, language() === 'zh' ? event.textZh : event.textEn, item);
      if (at > hour) htmlEl('span', { class: 'visually-hidden' }, ` (${t('position.later')})`, item);
    }
  }
}
