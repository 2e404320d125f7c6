// The two charts beside the map: both sides' strength, and the defender's ammunition as a share of each stock's
// initial amount (the stocks count rounds, grenades and shells, so only shares fit on one axis).

import { LineChart } from './line-chart.js';
import { dayTicks } from './ticks.js';
import { t, nameOf, formatNumber, formatPercent } from '../i18n.js';
import { timeAt, formatDayMonth, parseBattleTime } from '../time.js';

const SUPPLY_SERIES_KEYS = ['stock-0', 'stock-1', 'stock-2', 'stock-3', 'stock-4', 'stock-5'];

export class RunCharts {
  constructor(strengthFigure, ammunitionFigure, onSeek) {
    this.strength = new LineChart(strengthFigure, onSeek);
    this.ammunition = new LineChart(ammunitionFigure, onSeek);
    this.ammunitionFigure = ammunitionFigure;
    this.index = null;
  }

  setRun(index) {
    this.index = index;
    this.render();
  }

  /** Rebuilds both charts, as after a change of language: labels and axes are text. */
  render() {
    const index = this.index;
    if (!index) return;
    const hours = index.trace.hours;
    const start = index.trace.scenario.start;
    const common = {
      lastHour: index.lastHour,
      spans: index.offensiveSpans().map((o) => ({ start: o.startHour, end: o.endHour })),
      xTicks: (lastHour, width) => dayTicks(start, lastHour, width, (h) => formatDayMonth(timeAt(start, h)), parseBattleTime),
    };
    const count = (value) => formatNumber(value);
    this.strength.setData({
      ...common,
      yFormat: compactNumber,
      series: [
        { key: 'defender', label: t('chart.defenders'), values: hours.map((f) => f.defender.combatants), format: count },
        { key: 'attacker', label: t('chart.attackers'), values: hours.map((f) => f.attacker.infantry), format: count },
      ],
    });
    const supplies = index.trace.supplies;
    this.ammunitionFigure.hidden = supplies.length === 0;
    this.ammunition.setData({
      ...common,
      yFormat: (v) => formatPercent(v),
      series: supplies.map((supply, k) => ({
        key: SUPPLY_SERIES_KEYS[k % SUPPLY_SERIES_KEYS.length],
        label: nameOf(supply),
        values: hours.map((f) => (supply.initial > 0 ? f.defender.stocks[k] / supply.initial : 0)),
        format: (share) => formatPercent(share),
      })),
    });
  }

  setCursor(hour) {
    this.strength.setCursor(hour);
    this.ammunition.setCursor(hour);
  }
}

/** 12,000 as "12k" in English and "1.2万" in Chinese, so the axis stays narrow. */
function compactNumber(value) {
  return new Intl.NumberFormat(document.documentElement.lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
