// The figures of the current hour: both sides' strength, the defender's firepower, the attacker's shells, how many
// positions each side holds, and the run's outcome once the last hour is reached. After a cease-fire the defender
// has no men and holds nothing: the panel says who was taken prisoner and how many positions were given up.

import { htmlEl } from './svg.js';
import { t, language, formatNumber, formatPercent } from './i18n.js';
import { ceaseFireOf, positionsHeldAtCeaseFire } from './run-end.js';
import { timeAt, formatDateTime } from './time.js';

export class StatusPanel {
  constructor(list, badge, endNote) {
    this.list = list;
    this.badge = badge;
    this.endNote = endNote;
    this.index = null;
  }

  setRun(index) {
    this.index = index;
  }

  showHour(hour) {
    if (!this.index) return;
    const frame = this.index.hour(hour);
    const held = [...frame.holders].filter((h) => h === 'D').length;
    const { defender, attacker } = frame;
    const rows = [
      ['status.defenders', formatNumber(defender.combatants)],
      ['status.reserve', formatNumber(defender.reserve)],
      ['status.firepower', formatPercent(defender.firepower)],
      ['status.defenderLosses', t('status.lossesValue', {
        killed: formatNumber(defender.killed), wounded: formatNumber(defender.wounded), captured: formatNumber(defender.captured),
      })],
      ['status.attackers', formatNumber(attacker.infantry)],
      ['status.shells', formatNumber(attacker.shells)],
      ['status.attackerLosses', t('status.attackerLossesValue', {
        killed: formatNumber(attacker.killed), wounded: formatNumber(attacker.wounded),
      })],
      ['status.positions', t('status.positionsValue', { held: formatNumber(held), total: formatNumber(frame.holders.length) })],
    ];
    const ceaseFire = ceaseFireOf(this.index);
    const ended = ceaseFire !== null && hour >= ceaseFire.hour;
    if (ended && ceaseFire.men > 0) rows[0][1] = t('status.defendersAfterCeaseFire', { men: formatNumber(ceaseFire.men) });
    if (ended && held > 0) {
      rows[rows.length - 1][1] = t('status.positionsAfterCeaseFire', { held: formatNumber(held), total: formatNumber(frame.holders.length) });
    }
    this.#showEnd(ended ? ceaseFire : null, frame.holders.length);
    this.list.replaceChildren();
    for (const [key, value] of rows) {
      const row = htmlEl('div', { class: 'stat', 'data-stat': key.split('.')[1] }, null, this.list);
      htmlEl('dt', {}, t(key), row);
      htmlEl('dd', {}, value, row);
    }
    const last = hour >= this.index.lastHour;
    this.badge.hidden = !frame.offensive && !last;
    this.badge.dataset.kind = last ? `outcome-${this.index.trace.outcome}` : 'offensive';
    this.badge.textContent = last
      ? t(`outcome.${this.index.trace.outcome}`, { days: formatNumber(this.index.trace.durationDays, 1) })
      : t('status.offensive', { ordinal: this.#offensiveAt(hour) ?? '' });
  }

  /** Who was taken at the cease-fire and what was given up with them; a garrison may be gone before it, or hold nothing. */
  #showEnd(ceaseFire, total) {
    this.endNote.hidden = !ceaseFire;
    if (!ceaseFire) {
      this.endNote.textContent = '';
      return;
    }
    const held = positionsHeldAtCeaseFire(this.index);
    const time = formatDateTime(timeAt(this.index.trace.scenario.start, ceaseFire.hour));
    this.endNote.textContent = [
      ceaseFire.men > 0 ? t('status.ceaseFire', { time, men: formatNumber(ceaseFire.men) }) : t('status.ceaseFireNoPrisoners', { time }),
      held > 0 ? t('status.ceaseFireHeld', { held: formatNumber(held), total: formatNumber(total) }) : t('status.ceaseFireNoneHeld'),
    ].join(language() === 'zh' ? '' : ' '); // Chinese sentences follow one another without a space
  }

  #offensiveAt(hour) {
    return this.index.offensiveSpans().find((o) => o.startHour <= hour && hour <= o.endHour)?.ordinal;
  }
}
