// What the run is: its scenario's summary, seed, state hash, outcome and length.

import { t, language, formatNumber } from './i18n.js';

export class AboutPanel {
  constructor(runParagraph, summaryParagraph) {
    this.runParagraph = runParagraph;
    this.summaryParagraph = summaryParagraph;
    this.scenario = null;
    this.trace = null;
  }

  setScenario(scenario) {
    this.scenario = scenario;
    this.relabel();
  }

  setRun(trace) {
    this.trace = trace;
    this.relabel();
  }

  relabel() {
    if (this.trace) {
      this.runParagraph.textContent = t('about.run', {
        seed: this.trace.seed,
        hash: this.trace.hash,
        outcome: t(`outcome.${this.trace.outcome}`, { days: formatNumber(this.trace.durationDays, 1) }),
      });
    }
    const summary = language() === 'zh' ? this.scenario?.summary : this.scenario?.summaryEn;
    this.summaryParagraph.textContent = summary ?? '';
    this.summaryParagraph.hidden = !summary;
  }
}
