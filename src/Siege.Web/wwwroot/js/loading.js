// What the page says while it waits: the server running the seed, then the trace arriving (about a megabyte for a
// siege of weeks) with a progress bar. The panels are marked busy meanwhile, so a screen reader knows the figures in
// them are about to change; the message is a live region.

import { t, nameOf, formatNumber } from './i18n.js';

const KILOBYTE = 1024;

export class LoadingState {
  /** @param elements {box, text, bar, main} */
  constructor(elements) {
    this.el = elements;
    this.message = null;
    this.run = null;
  }

  /** Waiting for something other than a run (the list of scenarios). */
  start(key) {
    this.#begin(() => t(key));
  }

  /** Waiting for the server to run a seed: @param run {seed, scenario} the seed as text, the scenario as listed */
  startRun(run) {
    this.run = run;
    this.#begin(() => t('loading.run', { seed: run.seed, scenario: nameOf(run.scenario) }));
  }

  #begin(message) {
    this.message = message;
    this.el.bar.removeAttribute('value');
    this.el.bar.hidden = true;
    this.el.main.setAttribute('aria-busy', 'true');
    this.el.box.hidden = false;
    this.relabel();
  }

  /** The trace is arriving: received of total bytes (total null when the server did not say). */
  progress(received, total) {
    const seed = this.run?.seed ?? '';
    this.message = () => (total
      ? t('loading.progress', { seed, received: kilobytes(received), total: kilobytes(total) })
      : t('loading.received', { seed, received: kilobytes(received) }));
    this.el.bar.hidden = !total;
    if (total) {
      this.el.bar.max = total;
      this.el.bar.value = received;
    }
    this.relabel();
  }

  stop() {
    this.message = null;
    this.el.box.hidden = true;
    this.el.main.removeAttribute('aria-busy');
    this.el.text.textContent = '';
  }

  relabel() {
    if (this.message) this.el.text.textContent = this.message();
  }
}

function kilobytes(bytes) {
  return formatNumber(Math.round(bytes / KILOBYTE));
}
