// Round axis ticks (1, 2 or 5 times a power of ten) covering a range.

export function niceTicks(low, high, count) {
  if (!(high > low)) high = low + 1;
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
  const first = Math.floor(low / step) * step;
  const ticks = [];
  for (let v = first; v < high + step * 0.999; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}

/** Hours to mark on a time axis: the start of every n-th day, n chosen so the labels do not crowd. */
export function dayTicks(startText, lastHour, plotWidth, labelOf, parseStart) {
  const startOfDay = new Date(parseStart(startText)).getUTCHours();
  const days = (lastHour + startOfDay) / 24;
  const fit = Math.max(1, Math.floor(plotWidth / 56));
  const every = [1, 2, 5, 7, 10, 14, 30].find((n) => days / n <= fit) ?? 30;
  const ticks = [];
  for (let day = 0; day * 24 - startOfDay <= lastHour; day += every) {
    const hour = day * 24 - startOfDay;
    if (hour < 0) continue;
    ticks.push({ hour, text: labelOf(hour) });
  }
  return ticks;
}
