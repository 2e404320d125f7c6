// The selected position: both its names, the facts of the current hour, its history in this run (with the events
// still to come faded), what the record says of it, and the sources of its facts and of its place on the map.

import { htmlEl } from './svg.js';
import { t, language } from './i18n.js';
import { timeAt, formatDateTime } from './time.js';
import { positionFacts, bothNames, changesUpTo } from './position-facts.js';
import { endStateOf } from './run-end.js';
import { describeRecordItem, positionNamer } from './record.js';
import { sourceList } from './sources.js';

export class PositionPanel {
  constructor(container) {
    this.container = container;
    this.index = null;
    this.id = null;
    this.scenario = null;
  }

  /** The scenario's sources, each position's source keys and the record (GET /api/scenarios/{id}). */
  setScenario(scenario) {
    this.scenario = scenario;
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
    for (const [label, value, lang] of positionFacts(position, frame, i, endStateOf(this.index, i, hour))) {
      const row = htmlEl('div', {}, null, facts);
      htmlEl('dt', {}, label, row);
      htmlEl('dd', { lang }, value, row);
    }

    htmlEl('h4', {}, t('position.history'), box);
    const changes = changesUpTo(this.index, i, hour);
    htmlEl('p', { class: 'changes' }, t('position.changes', { count: changes }), box);
    this.#history(box, hour);
    this.#record(box);
    this.#sources(box);
  }

  #history(box, hour) {
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

  /** The record's items about this position, if any: what was recorded, when, and from which sources. */
  #record(box) {
    const items = (this.scenario?.record ?? []).filter((item) => item.position === this.id);
    if (items.length === 0) return;
    htmlEl('h4', {}, t('position.record'), box);
    const list = htmlEl('ul', { class: 'position-record' }, null, box);
    for (const item of items) {
      const d = describeRecordItem(item, positionNamer(this.index));
      const row = htmlEl('li', { 'data-id': item.id }, null, list);
      htmlEl('strong', {}, `${d.what}: ${d.when}`, row);
      if (d.note) htmlEl('span', { class: 'record-note', lang: d.noteLang, 'data-source-text': '' }, d.note, row);
      htmlEl('span', { class: 'record-sources' }, t('record.sources', { sources: d.sources.join(', ') }), row);
    }
  }

  /** Where the position's facts and its place on the map come from, with the titles of the sources. */
  #sources(box) {
    const keys = this.scenario?.positionSources?.find((p) => p.position === this.id);
    if (!keys) return;
    const sources = this.scenario.sources ?? [];
    htmlEl('h4', {}, t('position.sources'), box);
    if (keys.sources.length) sourceList(keys.sources, sources, box).classList.add('position-sources');
    else htmlEl('p', { class: 'hint' }, t('position.noSources'), box);
    if (keys.place.length) {
      htmlEl('h4', {}, t('position.placeSources'), box);
      sourceList(keys.place, sources, box).classList.add('position-place-sources');
    }
  }
}
