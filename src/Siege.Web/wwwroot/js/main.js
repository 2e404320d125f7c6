// Starts the viewer: reads the state from the URL, loads the strings, the scenarios and the run, and wires every
// panel to the current hour and language.

import { api } from './api.js';
import { loadStrings, browserLanguage, setLanguage, language, onLanguageChange, LANGUAGES, t, nameOf } from './i18n.js';
import { readUrlState, writeUrlState, seedText, MAX_SEED } from './url-state.js';
import { RunIndex } from './run-index.js';
import { SiegeMap } from './map/siege-map.js';
import { Tooltip } from './map/tooltip.js';
import { positionInteraction } from './map/position-interaction.js';
import { RunCharts } from './charts/run-charts.js';
import { Timeline } from './timeline.js';
import { Chronicle } from './chronicle.js';
import { StatusPanel } from './status.js';
import { PositionPanel } from './position-panel.js';
import { WhatIfPanel } from './whatif/whatif-panel.js';
import { describePosition } from './position-facts.js';
import { attachKeyboard } from './keyboard.js';
import { AboutPanel } from './about.js';
import { timeAt, formatDateTime } from './time.js';
import { showLegendFor } from './map/legend.js';
import { endStateOf } from './run-end.js';
import { recordMarks, positionNamer } from './record.js';
import { RecordList } from './record-list.js';
import { RunBanner } from './run-banner.js';
import { LoadingState } from './loading.js';
import { AlertBox } from './alert-box.js';

const $ = (id) => document.getElementById(id);

/** The seed a link without one shows. */
const DEFAULT_SEED = '1';
const state = { scenario: null, seed: DEFAULT_SEED, hour: 0 };
let index = null;
let scenarios = [];
let loadedScenarioId = null;

const tooltip = new Tooltip($('tooltip'), document.querySelector('.map-frame'));
const map = new SiegeMap($('map'), {
  attach: positionInteraction(tooltip, document.querySelector('.map-frame'), {
    frame: () => index.hour(state.hour),
    indexOf: (id) => index.positionIndex.get(id),
    latest: (id) => latestEvent(id),
    end: (id) => endStateOf(index, index.positionIndex.get(id), state.hour),
    select: (id) => selectPosition(id),
  }),
  describe: (position, frame, i) => describePosition(position, frame, i, endStateOf(index, i, frame.hour)),
});
const charts = new RunCharts($('strength-chart'), $('ammunition-chart'), (hour) => timeline.step(hour - timeline.hour));
const timeline = new Timeline({
  play: $('play-button'),
  speed: $('speed-select'),
  slider: $('time-slider'),
  markers: $('timeline-markers'),
  legend: $('marker-legend'),
  record: $('record-markers'),
  recordLegend: $('record-legend'),
  recordFoot: $('record-foot'),
  day: $('timeline-day'),
  time: $('timeline-time'),
}, showHour);
const chronicle = new Chronicle($('chronicle-heading'), $('chronicle-list'));
const status = new StatusPanel($('status-list'), $('status-badge'), $('status-end'));
const recordList = new RecordList({ details: $('record-details'), summary: $('record-summary'), list: $('record-list') },
  (hour) => timeline.step(hour - timeline.hour));
const banner = new RunBanner($('run-banner'), $('record-details'));
const loading = new LoadingState({ box: $('loading'), text: $('loading-text'), bar: $('loading-bar'), main: $('layout') });
const alertBox = new AlertBox($('alert'));
const positionPanel = new PositionPanel($('position-details'));
const about = new AboutPanel($('about-run'), $('about-summary'));
const whatIf = new WhatIfPanel({
  panel: $('whatif-panel'),
  form: $('whatif-form'),
  variant: $('whatif-variant'),
  runs: $('whatif-runs'),
  submit: $('whatif-submit'),
  description: $('whatif-description'),
  status: $('whatif-status'),
  result: $('whatif-result'),
});

function showHour(hour) {
  state.hour = hour;
  if (!index) return;
  const frame = index.hour(hour);
  map.showHour(frame);
  charts.setCursor(hour);
  chronicle.showHour(hour);
  status.showHour(hour);
  positionPanel.showHour(hour);
  saveUrlSoon();
}

/** A position's most recent event up to the current hour, worded for the tooltip. */
function latestEvent(id) {
  const past = index.historyOf(id).filter((entry) => entry.hour <= state.hour);
  if (past.length === 0) return null;
  const { hour, event } = past[past.length - 1];
  return {
    when: formatDateTime(timeAt(index.trace.scenario.start, hour)),
    text: language() === 'zh' ? event.textZh : event.textEn,
  };
}

function selectPosition(id) {
  map.select(id);
  positionPanel.select(id);
  positionPanel.showHour(state.hour);
}

let urlTimer = null;
function saveUrlSoon() {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(saveUrl, timeline.playing ? 400 : 0);
}

/** The link follows the run shown; while none is (a link with a bad seed or scenario), it stays as it came. */
function saveUrl() {
  if (!index) return;
  writeUrlState({ lang: language(), scenario: state.scenario, seed: state.seed, hour: state.hour });
}

function fillScenarioSelect() {
  const select = $('scenario-select');
  select.replaceChildren(...scenarios.map((s) => {
    const option = document.createElement('option');
    option.value = s.id;
    option.textContent = nameOf(s);
    option.selected = s.id === state.scenario;
    return option;
  }));
}

function updateTitles() {
  const scenario = scenarios.find((s) => s.id === state.scenario);
  $('scenario-title').textContent = scenario ? nameOf(scenario) : t('app.short');
  document.title = scenario ? `${nameOf(scenario)} · ${t('app.short')}` : t('app.short');
  for (const button of document.querySelectorAll('.language-switch button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
  }
}

/** Loads a run (and, for a new scenario, its record and variants) and shows it at an hour. */
async function loadRun(scenarioId, seed, hour) {
  alertBox.clear();
  if (document.documentElement.dataset.ready === 'problem') delete document.documentElement.dataset.ready;
  loading.startRun({ seed, scenario: scenarios.find((s) => s.id === scenarioId) });
  try {
    const scenarioChanged = scenarioId !== loadedScenarioId;
    const [trace, scenario] = await Promise.all([
      api.run(scenarioId, seed, (received, total) => loading.progress(received, total)),
      scenarioChanged ? api.scenario(scenarioId) : Promise.resolve(null),
    ]);
    state.scenario = scenarioId;
    state.seed = seed;
    index = new RunIndex(trace);
    if (scenario) {
      loadedScenarioId = scenarioId;
      about.setScenario(scenario);
      positionPanel.setScenario(scenario);
      const marks = recordMarks(scenario);
      timeline.setRecord(marks);
      recordList.setScenario(marks, scenario.sources);
      whatIf.setScenario(scenarioId, recordedLengths(scenario)).catch((error) => alertBox.show(error.message));
    }
    about.setRun(trace);
    chronicle.setRun(index);
    status.setRun(index);
    positionPanel.setRun(index);
    map.setRun(index);
    showLegendFor($('map-legend'), index);
    charts.setRun(index);
    recordList.setRun(index.lastHour, positionNamer(index));
    timeline.setRun(index, Math.min(hour, index.lastHour));
    banner.setRun({ seed, scenario: scenarios.find((s) => s.id === scenarioId) });
    $('seed-input').value = seed;
    fillScenarioSelect();
    updateTitles();
    loading.stop();
    saveUrl();
    document.documentElement.dataset.ready = 'true';
  } catch (error) {
    loading.stop();
    alertBox.show(t('error.load', { message: error.message }));
  }
}

/**
 * A seed or scenario in the link that cannot be shown is named, with the choices that can, rather than replaced
 * in silence by another run: nothing is loaded until the reader picks one.
 */
function showUrlProblems(requested, seed) {
  const messages = [];
  if (requested.badSeed !== null) {
    messages.push(() => t('error.badSeed', { value: shorten(requested.badSeed), max: MAX_SEED }));
  }
  const scenarioKnown = scenarios.some((s) => s.id === requested.scenario);
  if (requested.scenario !== null && !scenarioKnown) {
    messages.push(() => t('error.badScenario', {
      value: shorten(requested.scenario),
      choices: scenarios.map((s) => `${nameOf(s)} (${s.id})`).join(', '),
    }));
  }
  const offered = scenarioKnown ? scenarios.filter((s) => s.id === requested.scenario) : scenarios;
  alertBox.showChoices(messages, offered.map((scenario) => ({
    label: () => t('error.showInstead', { seed, scenario: nameOf(scenario) }),
    act: () => loadRun(scenario.id, seed, requested.hour ?? 0),
  })));
  state.scenario = offered[0].id;
  $('seed-input').value = seed;
  fillScenarioSelect();
  updateTitles();
  document.documentElement.dataset.ready = 'problem';
}

/** A value from the link as a message quotes it: long ones cut, so the message stays one line or two. */
function shorten(text) {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The recorded lengths of the siege in days, from the scenario's record (a `duration` item's figures). */
function recordedLengths(scenario) {
  const items = scenario.record ?? scenario.recordItems ?? [];
  const duration = items.find((item) => item.kind === 'duration');
  return (duration?.figures ?? []).map((f) => ({ value: f.value, source: f.source }));
}

function relabel() {
  fillScenarioSelect();
  updateTitles();
  timeline.relabel();
  charts.render();
  map.render();
  chronicle.relabel(state.hour);
  status.showHour(state.hour);
  positionPanel.showHour(state.hour);
  about.relabel();
  whatIf.relabel();
  recordList.relabel();
  banner.relabel();
  loading.relabel();
  alertBox.relabel();
  tooltip.hide();
  saveUrl();
}

async function start() {
  const requested = readUrlState();
  await loadStrings();
  onLanguageChange(relabel);
  setLanguage(LANGUAGES.includes(requested.lang) ? requested.lang : browserLanguage());
  for (const button of document.querySelectorAll('.language-switch button')) {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  }
  // A tap or click on the map away from any position puts the tooltip away.
  $('map').addEventListener('click', (event) => {
    if (!event.target.closest('.position')) tooltip.hide();
  });
  $('zoom-in').addEventListener('click', () => map.zoom(1.5));
  $('zoom-out').addEventListener('click', () => map.zoom(1 / 1.5));
  $('view-city').addEventListener('click', () => map.showCity());
  $('view-area').addEventListener('click', () => map.showWholeArea());
  $('run-picker').addEventListener('submit', (event) => {
    event.preventDefault();
    const seed = seedText($('seed-input').value.trim());
    if (seed === null) {
      alertBox.show(t('error.seed', { max: MAX_SEED }));
      return;
    }
    const scenario = $('scenario-select').value;
    loadRun(scenario, seed, scenario === state.scenario && index ? state.hour : 0);
  });
  $('scenario-select').addEventListener('change', () => $('run-picker').requestSubmit());
  attachKeyboard(timeline);
  updateTitles();

  loading.start('loading.scenarios');
  try {
    scenarios = await api.scenarios();
  } catch (error) {
    loading.stop();
    alertBox.show(t('error.load', { message: error.message }));
    return;
  }
  if (scenarios.length === 0) {
    loading.stop();
    alertBox.show(t('error.noScenarios'));
    return;
  }
  const seed = requested.seed ?? DEFAULT_SEED;
  if (requested.badSeed !== null || (requested.scenario !== null && !scenarios.some((s) => s.id === requested.scenario))) {
    loading.stop();
    showUrlProblems(requested, seed);
    return;
  }
  state.scenario = requested.scenario ?? scenarios[0].id;
  await loadRun(state.scenario, seed, requested.hour ?? 0);
}

start();
