// The current day's events as a chronicle: each with its hour, in the current language, as the trace wrote it.
// Events later than the current hour are shown faded, so that a reader can see what the day still holds.

import { htmlEl } from './svg.js';
import { t, language } from './i18n.js';
import { timeAt, formatDate, formatClock, dayOfHour, hoursOfDay } from './time.js';

export class Chronicle {
  constructor(heading, list) {
    this.heading = heading;
    this.list = list;
    this.index = null;
    this.day = null;
    this.items = [];
  }

  setRun(index) {
    this.index = index;
    this.day = null;
  }

  showHour(hour) {
    if (!this.index) return;
    const start = this.index.trace.scenario.start;
    const day = dayOfHour(start, hour);
    if (day !== this.day) this.#buildDay(day);
    for (const { item, hour: at } of this.items) {
      item.dataset.when = at < hour ? 'past' : at === hour ? 'now' : 'later';
    }
  }

  /** Rebuilds the text after a change of language. */
  relabel(hour) {
    this.day = null;
    this.showHour(hour);
  }

  #buildDay(day) {
    this.day = day;
    const start = this.index.trace.scenario.start;
    const [first, last] = hoursOfDay(start, day, this.index.lastHour);
    this.heading.textContent = t('chronicle.heading', { day, date: formatDate(timeAt(start, first)) });
    this.list.replaceChildren();
    this.items = [];
    for (let h = first; h <= last; h++) {
      for (const event of this.index.hour(h).events) {
        const item = htmlEl('li', { 'data-kind': event.kind }, null, this.list);
        htmlEl('time', { datetime: this.index.hour(h).time }, formatClock(timeAt(start, h)), item);
        htmlEl('span', {}, language() === 'zh' ? event.textZh : event.textEn, item);
        this.items.push({ item, hour: h });
      }
    }
    if (this.items.length === 0) htmlEl('li', { class: 'empty' }, t('chronicle.quiet'), this.list);
  }
}
