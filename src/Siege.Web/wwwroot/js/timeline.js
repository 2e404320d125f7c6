// The timeline: play and pause, speed, a slider over every hour of the run, the markers of what happened when above
// it and the record's dates below it (the keys are in keyboard.js). It owns playback; the page is told of every hour
// it moves to through onSeek.

import { t, language } from './i18n.js';
import { timeAt, formatDateTime, dayOfHour } from './time.js';
import { drawMarkers, THUMB_HALF } from './timeline-markers.js';
import { drawRecordStrip, drawRecordLegend } from './timeline-record.js';
import { positionNamer } from './record.js';

/** Hours of battle per second of playback. */
export const SPEEDS = [1, 3, 6, 12, 24, 48];
const DEFAULT_SPEED = 12;

export class Timeline {
  constructor(elements, onSeek) {
    this.el = elements;
    this.onSeek = onSeek;
    this.index = null;
    this.hour = 0;
    this.speed = DEFAULT_SPEED;
    this.playing = false;
    this.lastFrameTime = null;
    this.playhead = 0;
    this.recordMarks = [];
    this.el.play.addEventListener('click', () => this.togglePlay());
    this.el.speed.addEventListener('change', () => { this.speed = Number(this.el.speed.value); });
    this.el.slider.addEventListener('input', () => this.seek(Number(this.el.slider.value)));
    for (const strip of [this.el.markers, this.el.record]) {
      strip.addEventListener('click', (event) => this.#seekFromStrip(strip, event));
    }
    new ResizeObserver(() => this.#drawMarkers()).observe(this.el.markers);
  }

  /** The record's dated marks (record.js), drawn under the slider with every run of the scenario. */
  setRecord(marks) {
    this.recordMarks = marks;
    this.#drawMarkers();
  }

  setRun(index, hour) {
    this.index = index;
    this.pause();
    this.el.slider.max = String(index.lastHour);
    this.#drawMarkers();
    this.seek(hour);
  }

  /** Moves to an hour (clamped to the run) and tells the page. */
  seek(hour) {
    if (!this.index) return;
    const clamped = Math.max(0, Math.min(this.index.lastHour, Math.round(hour)));
    this.hour = clamped;
    this.playhead = clamped;
    this.#showHour();
    this.onSeek(clamped);
  }

  step(hours) {
    this.pause();
    this.seek(this.hour + hours);
  }

  togglePlay() {
    if (this.playing) this.pause();
    else this.play();
  }

  play() {
    if (!this.index || this.playing) return;
    if (this.hour >= this.index.lastHour) this.seek(0);
    this.playing = true;
    this.lastFrameTime = null;
    this.#updatePlayButton();
    requestAnimationFrame((time) => this.#advance(time));
  }

  pause() {
    if (!this.playing) return;
    this.playing = false;
    this.#updatePlayButton();
  }

  changeSpeed(direction) {
    const at = SPEEDS.indexOf(this.speed);
    this.speed = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, at + direction))];
    this.el.speed.value = String(this.speed);
  }

  /** Refreshes every text after a change of language. */
  relabel() {
    this.#buildSpeeds();
    this.#updatePlayButton();
    this.#drawMarkers();
    this.#showHour();
  }

  #advance(time) {
    if (!this.playing) return;
    if (this.lastFrameTime !== null) {
      this.playhead = Math.min(this.index.lastHour, this.playhead + ((time - this.lastFrameTime) / 1000) * this.speed);
      const whole = Math.floor(this.playhead);
      if (whole !== this.hour) {
        const playhead = this.playhead;
        this.seek(whole);
        this.playhead = playhead;
      }
      if (this.hour >= this.index.lastHour) {
        this.pause();
        return;
      }
    }
    this.lastFrameTime = time;
    requestAnimationFrame((next) => this.#advance(next));
  }

  #showHour() {
    if (!this.index) return;
    const start = this.index.trace.scenario.start;
    const when = formatDateTime(timeAt(start, this.hour));
    const day = dayOfHour(start, this.hour);
    this.el.slider.value = String(this.hour);
    this.el.slider.setAttribute('aria-valuetext', t('timeline.valueText', { day, time: when }));
    this.el.day.textContent = t('timeline.day', { day });
    this.el.time.textContent = when;
    this.el.time.dateTime = this.index.hour(this.hour).time;
  }

  #buildSpeeds() {
    this.el.speed.replaceChildren(...SPEEDS.map((speed) => {
      const option = document.createElement('option');
      option.value = String(speed);
      option.textContent = t('timeline.speedOption', { hours: speed });
      option.selected = speed === this.speed;
      return option;
    }));
  }

  #updatePlayButton() {
    // The button says what pressing it does (as media players do), so it needs no aria-pressed as well.
    const label = t(this.playing ? 'timeline.pause' : 'timeline.play');
    this.el.play.setAttribute('aria-label', label);
    this.el.play.title = label;
    this.el.play.dataset.state = this.playing ? 'playing' : 'paused';
  }

  #drawMarkers() {
    if (!this.index) return;
    drawMarkers(this.el.markers, this.el.legend, this.index, {
      describe: (event) => (language() === 'zh' ? event.textZh : event.textEn),
      offensiveLabel: (ordinal) => t('timeline.offensive', { ordinal }),
      kindLabel: (kind) => t(`marker.${kind}`),
      timeOf: (hour) => formatDateTime(timeAt(this.index.trace.scenario.start, hour)),
    });
    const recorded = this.recordMarks.length > 0;
    // toggleAttribute, as an <svg> has no `hidden` property of its own.
    this.el.record.toggleAttribute('hidden', !recorded);
    this.el.recordFoot.hidden = !recorded;
    if (!recorded) return;
    const drawn = drawRecordStrip(this.el.record, this.recordMarks, this.index.lastHour, positionNamer(this.index));
    drawRecordLegend(this.el.recordLegend, drawn, (kind) => t(`recordMark.${kind}`));
  }

  #seekFromStrip(strip, event) {
    const box = strip.getBoundingClientRect();
    const share = (event.clientX - box.left - THUMB_HALF) / Math.max(1, box.width - 2 * THUMB_HALF);
    this.step(Math.round(Math.min(1, Math.max(0, share)) * this.index.lastHour) - this.hour);
  }
}

