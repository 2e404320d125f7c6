// The record's dated items as a list under the timeline (closed until asked for): each with its dates, what was
// recorded, the scenario's note and its sources. The dates are a button that takes the timeline there, so a reader
// on the keyboard or a screen reader can compare the record with the run as a pointer's hover does on the strip.

import { htmlEl } from './svg.js';
import { t } from './i18n.js';
import { describeRecordItem } from './record.js';
import { sourceLabel } from './sources.js';

export class RecordList {
  /**
   * @param elements {details, summary, list}
   * @param onSeek (hour) → moves the timeline
   */
  constructor(elements, onSeek) {
    this.el = elements;
    this.onSeek = onSeek;
    this.marks = [];
    this.sources = [];
    this.positionName = (id) => id;
    this.lastHour = 0;
  }

  setScenario(marks, sources) {
    this.marks = marks;
    this.sources = sources ?? [];
  }

  setRun(lastHour, positionName) {
    this.lastHour = lastHour;
    this.positionName = positionName;
    this.relabel();
  }

  relabel() {
    const items = this.marks.flatMap((mark) => mark.items.map((item) => ({ mark, item })));
    this.el.details.hidden = items.length === 0;
    this.el.summary.textContent = t('record.summary', { count: items.length });
    this.el.list.replaceChildren();
    for (const { mark, item } of items) {
      const d = describeRecordItem(item, this.positionName);
      const row = htmlEl('li', { 'data-kind': mark.kind, 'data-id': item.id }, null, this.el.list);
      const seek = htmlEl('button', { type: 'button', class: 'record-seek' }, d.when, row);
      if (mark.from > this.lastHour) {
        seek.title = t('record.afterRun');
        htmlEl('span', { class: 'visually-hidden' }, ` (${t('record.afterRun')})`, seek);
      }
      seek.addEventListener('click', () => this.onSeek(Math.max(0, Math.min(this.lastHour, mark.from))));
      htmlEl('span', { class: 'record-what' }, d.what, row);
      if (d.note) htmlEl('span', { class: 'record-note', lang: d.noteLang, 'data-source-text': '' }, d.note, row);
      htmlEl('span', { class: 'record-sources', 'data-source-text': '' },
        t('record.sources', { sources: d.sources.map((key) => sourceLabel(key, this.sources)).join('; ') }), row);
    }
  }
}
