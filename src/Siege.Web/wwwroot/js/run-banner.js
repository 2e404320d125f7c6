// The line under the header that says what the page shows: one simulated run, its seed and scenario, and not the
// historical record, with a link to where the record is (the list under the timeline, opened by the link).

import { htmlEl } from './svg.js';
import { t, nameOf } from './i18n.js';

export class RunBanner {
  /**
   * @param paragraph the banner's element
   * @param recordDetails the <details> holding the record's list, opened when the banner's link is followed
   */
  constructor(paragraph, recordDetails) {
    this.paragraph = paragraph;
    this.recordDetails = recordDetails;
    this.run = null;
  }

  /** @param run {seed, scenario} of the run shown: the seed as text, the scenario as listed by the API */
  setRun(run) {
    this.run = run;
    this.relabel();
  }

  relabel() {
    const box = this.paragraph;
    box.replaceChildren();
    box.hidden = !this.run;
    if (!this.run) return;
    htmlEl('strong', {}, t('banner.lead'), box);
    box.append(' ', t('banner.text', { seed: this.run.seed, scenario: nameOf(this.run.scenario) }), ' ');
    if (this.recordDetails.hidden) return;
    const link = htmlEl('a', { href: `#${this.recordDetails.id}` }, t('banner.recordLink'), box);
    link.addEventListener('click', () => { this.recordDetails.open = true; });
    box.append(t('banner.recordWhere'));
  }
}
