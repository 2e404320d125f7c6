// The what-if panel: pick one of the scenario's shipped variants, run it and the baseline on the same N seeds on the
// server, and see the two distributions of the siege's length overlaid, with the paired difference and its 95% interval.

import { htmlEl } from '../svg.js';
import { api } from '../api.js';
import { t, nameOf, language, localText, formatNumber, formatPercent, formatSigned } from '../i18n.js';
import { drawWhatIfChart } from './whatif-chart.js';

const DEFAULT_RUNS = 100;

export class WhatIfPanel {
  constructor(elements) {
    this.el = elements;
    this.scenarioId = null;
    this.variants = [];
    this.recordDays = [];
    this.result = null;
    this.el.runs.value = String(DEFAULT_RUNS);
    this.el.variant.addEventListener('change', () => this.#describeVariant());
    this.el.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run();
    });
  }

  /** Loads the variants of a scenario; `recordDays` are the recorded lengths of the siege, to mark on the chart. */
  async setScenario(scenarioId, recordDays) {
    this.scenarioId = scenarioId;
    this.recordDays = recordDays;
    this.result = null;
    this.el.result.replaceChildren();
    this.variants = await api.variants(scenarioId);
    const usable = this.variants.filter((v) => v.id !== 'null');
    this.el.panel.hidden = usable.length === 0;
    this.#fillVariants();
  }

  relabel() {
    this.#fillVariants();
    if (this.result) this.#showResult();
  }

  #fillVariants() {
    const chosen = this.el.variant.value;
    this.el.variant.replaceChildren(...this.variants.map((variant) => {
      const option = document.createElement('option');
      option.value = variant.id;
      option.textContent = nameOf(variant);
      option.selected = variant.id === chosen;
      return option;
    }));
    this.#describeVariant();
  }

  #describeVariant() {
    const variant = this.variants.find((v) => v.id === this.el.variant.value);
    const box = this.el.description;
    box.replaceChildren();
    if (!variant) return;
    htmlEl('p', {}, language() === 'zh' ? variant.description : variant.descriptionEn, box);
    const rationale = localText(variant.rationale, variant.rationaleZh);
    if (rationale) htmlEl('p', { class: 'rationale', lang: rationale.lang }, rationale.text, box);
    const sources = [variant.sources ?? []].flat();
    if (sources.length) htmlEl('p', { class: 'sources' }, t('whatif.sources', { sources: sources.join(', ') }), box);
  }

  async #run() {
    const runs = Number(this.el.runs.value);
    if (!Number.isInteger(runs) || runs < Number(this.el.runs.min) || runs > Number(this.el.runs.max)) {
      this.#status(t('whatif.badRuns', { min: this.el.runs.min, max: this.el.runs.max }), 'error');
      return;
    }
    const variant = this.el.variant.value;
    this.el.submit.disabled = true;
    this.el.panel.setAttribute('aria-busy', 'true');
    this.#status(t('whatif.running', { runs: formatNumber(runs) }), 'busy');
    try {
      this.result = await api.whatIf(this.scenarioId, variant, runs);
      this.#status('', 'done');
      this.#showResult();
    } catch (error) {
      this.#status(t('whatif.failed', { message: error.message }), 'error');
    } finally {
      this.el.submit.disabled = false;
      this.el.panel.removeAttribute('aria-busy');
    }
  }

  #status(text, state) {
    this.el.status.textContent = text;
    this.el.status.dataset.state = state;
  }

  #showResult() {
    const r = this.result;
    const box = this.el.result;
    box.replaceChildren();
    const days = (v) => t('whatif.days', { days: formatNumber(v, Number.isInteger(v) ? 0 : 1) });
    const diff = r.difference.durationDays;
    htmlEl('h3', {}, t('whatif.resultHeading', { variant: nameOf(r.variant), runs: formatNumber(r.runs) }), box);
    const figure = htmlEl('figure', { class: 'whatif-figure' }, null, box);
    drawWhatIfChart(figure, r, this.recordDays, {
      baseline: t('whatif.baseline'),
      variant: t('whatif.variant'),
      difference: t('whatif.difference'),
      median: t('whatif.median'),
      share: (v) => formatPercent(v, 0),
      binTitle: (side, from, to, runs) => t('whatif.binTitle', {
        side, from: formatNumber(from, 2), to: formatNumber(to, 2), runs: formatNumber(runs),
      }),
      record: (value) => t('whatif.record', { days: formatNumber(value, 0) }),
      recordLegend: t('whatif.recordLegend'),
      interval: t('whatif.interval'),
      days: (v) => formatNumber(v, Number.isInteger(v) ? 0 : 1),
      signed: (v) => formatSigned(v, Number.isInteger(v) ? 0 : 1),
      caption: t('whatif.chartCaption'),
    });
    const facts = htmlEl('dl', { class: 'facts whatif-facts' }, null, box);
    const lengths = (d) => t('whatif.lengthSummary', { mean: days(d.mean), median: days(d.p50), p10: days(d.p10), p90: days(d.p90) });
    const rows = [
      [t('whatif.baselineLength'), lengths(r.baseline.durationDays)],
      [t('whatif.variantLength'), lengths(r.variant.durationDays)],
      [t('whatif.pairedDifference'), t('whatif.differenceValue', {
        mean: formatSigned(diff.mean, 2), low: formatSigned(diff.ci95[0], 2), high: formatSigned(diff.ci95[1], 2),
      })],
      [t('whatif.pLonger'), formatPercent(r.pLongerSiege)],
    ];
    if (r.varianceReduction !== null && r.varianceReduction !== undefined) {
      rows.push([t('whatif.varianceReduction'), t('whatif.times', { factor: formatNumber(r.varianceReduction, 1) })]);
    }
    if (this.recordDays.length) {
      rows.push([t('whatif.recordLength'), this.recordDays.map((d) => days(d.value) + (d.source ? ` [${d.source}]` : '')).join(' / ')]);
    }
    for (const [label, value] of rows) {
      const row = htmlEl('div', {}, null, facts);
      htmlEl('dt', {}, label, row);
      htmlEl('dd', {}, value, row);
    }
  }
}
