// The schematic map: scenery, approaches, positions and their names, with pan and zoom. It draws a run's map once per
// view (zoom, size, language) and then only updates what an hour changes.

import { svgEl } from '../svg.js';
import { language } from '../i18n.js';
import { MapView } from './map-view.js';
import { drawOldCity, drawRivers, drawCrossings, drawDefenceLines } from './scenery.js';
import { drawApproaches, drawPositions } from './positions-layer.js';
import { drawLabels } from './labels.js';
import { attachPanZoom } from './pan-zoom.js';

/** The three lines of the city's defence; the "city" view frames them with a margin of ground round them. */
const CITY_TIERS = new Set(['core', 'main', 'second']);
const CITY_MARGIN_KM = 0.35;

export class SiegeMap {
  /**
   * @param svg the <svg> to draw into
   * @param handlers {attach(group, position), describe(position, frame, i)}: interaction and screen-reader text
   */
  constructor(svg, handlers) {
    this.svg = svg;
    this.handlers = handlers;
    this.view = new MapView();
    this.index = null;
    this.frame = null;
    this.updates = [];
    this.selectedId = null;
    // How the view was chosen: a framing ('city', 'area') is redone when the map changes size; 'free' after the
    // reader pans or zooms is kept as it is.
    this.framing = 'city';
    attachPanZoom(svg, this.view, () => {
      this.framing = 'free';
      this.render();
    });
    new ResizeObserver(() => this.#resize()).observe(svg);
  }

  setRun(index) {
    const sameMap = this.index && JSON.stringify(this.index.trace.map) === JSON.stringify(index.trace.map);
    this.index = index;
    this.frame = null;
    this.#measure();
    if (!sameMap) this.showCity();
    else this.#frame();
  }

  /** Frames the lines of defence and the city inside them. */
  showCity() {
    this.framing = 'city';
    this.#frame();
  }

  /** Frames everything: positions, staging areas and the rivers' courses. */
  showWholeArea() {
    this.framing = 'area';
    this.#frame();
  }

  zoom(factor) {
    this.framing = 'free';
    this.view.zoomAt(factor);
    this.render();
  }

  #frame() {
    if (!this.index) return;
    if (this.framing === 'area') this.view.fit(this.#allPoints(), 16);
    if (this.framing === 'city') {
      const city = this.index.positions.filter((p) => CITY_TIERS.has(p.tier));
      const grown = city.flatMap((p) => [[p.x - CITY_MARGIN_KM, p.y - CITY_MARGIN_KM], [p.x + CITY_MARGIN_KM, p.y + CITY_MARGIN_KM]]);
      this.view.fit(grown.length ? grown : this.#allPoints(), 12);
    }
    this.render();
  }

  showHour(frame) {
    this.frame = frame;
    for (const update of this.updates) update(frame);
    this.#markSelection();
  }

  select(id) {
    this.selectedId = id;
    this.#markSelection();
  }

  render() {
    if (!this.index) return;
    const svg = this.svg;
    svg.replaceChildren();
    svg.setAttribute('viewBox', `0 0 ${this.view.width} ${this.view.height}`);
    svg.dataset.lang = language();
    const map = this.index.trace.map;
    const layer = (name) => svgEl('g', { class: `layer layer-${name}` }, svg);
    const [ground, lines, rivers, approaches, crossings, positions, labels] =
      ['ground', 'lines', 'rivers', 'approaches', 'crossings', 'positions', 'labels'].map(layer);
    svgEl('rect', { class: 'land', width: this.view.width, height: this.view.height }, ground);
    drawOldCity(ground, map.positions, this.view);
    const reserved = [];
    drawRivers(rivers, map.rivers, this.view, reserved);
    drawDefenceLines(lines, map.positions, this.view);
    const crossingsById = new Map(map.rivers.flatMap((r) => r.crossings).map((c) => [c.id, c]));
    const updateApproaches = drawApproaches(approaches, this.index, this.view, crossingsById);
    const updateCrossings = drawCrossings(crossings, map.rivers, this.view, this.index);
    const { symbols, update: updatePositions } = drawPositions(positions, this.index, this.view, this.handlers);
    drawLabels(labels, symbols, this.view, reserved);
    this.updates = [
      updateApproaches,
      updatePositions,
      (frame) => updateCrossings(frame.hour),
    ];
    if (this.frame) this.showHour(this.frame);
  }

  #markSelection() {
    for (const group of this.svg.querySelectorAll('.position')) {
      group.classList.toggle('selected', group.dataset.id === this.selectedId);
    }
  }

  #allPoints() {
    const map = this.index.trace.map;
    return [...map.positions.map((p) => [p.x, p.y]), ...map.rivers.flatMap((r) => r.course)];
  }

  #measure() {
    const box = this.svg.getBoundingClientRect();
    this.view.resize(Math.round(box.width), Math.round(box.height));
  }

  #resize() {
    const before = [this.view.width, this.view.height];
    this.#measure();
    if (before[0] !== this.view.width || before[1] !== this.view.height) this.#frame();
  }
}
