// Which part of the map is on screen: a centre in km and a scale in km per pixel. Everything is projected to screen
// pixels, so symbols and labels keep their size at any zoom.

import { bounds } from './geometry.js';

const MIN_KM_PER_PX = 0.0015;
const MAX_KM_PER_PX = 0.2;

export class MapView {
  constructor() {
    this.width = 600;
    this.height = 500;
    this.centreX = 0;
    this.centreY = 0;
    this.kmPerPx = 0.01;
  }

  resize(width, height) {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
  }

  /** Screen pixels of a point in km (y grows north, screen y grows down). */
  project(x, y) {
    return [(x - this.centreX) / this.kmPerPx + this.width / 2, this.height / 2 - (y - this.centreY) / this.kmPerPx];
  }

  /** The point in km under a screen pixel. */
  unproject(px, py) {
    return [(px - this.width / 2) * this.kmPerPx + this.centreX, (this.height / 2 - py) * this.kmPerPx + this.centreY];
  }

  /** Shows the given points with a margin in pixels, at least `minSpanKm` across. */
  fit(points, marginPx = 24, minSpanKm = 2) {
    const box = bounds(points);
    const spanX = Math.max(box.maxX - box.minX, minSpanKm);
    const spanY = Math.max(box.maxY - box.minY, minSpanKm);
    this.centreX = (box.minX + box.maxX) / 2;
    this.centreY = (box.minY + box.maxY) / 2;
    const usableW = Math.max(1, this.width - 2 * marginPx);
    const usableH = Math.max(1, this.height - 2 * marginPx);
    this.kmPerPx = clamp(Math.max(spanX / usableW, spanY / usableH), MIN_KM_PER_PX, MAX_KM_PER_PX);
  }

  /** Zooms by a factor (>1 zooms in) keeping the point under the pixel (px, py) where it is. */
  zoomAt(factor, px = this.width / 2, py = this.height / 2) {
    const [x, y] = this.unproject(px, py);
    this.kmPerPx = clamp(this.kmPerPx / factor, MIN_KM_PER_PX, MAX_KM_PER_PX);
    const [nx, ny] = this.unproject(px, py);
    this.centreX += x - nx;
    this.centreY += y - ny;
  }

  panByPixels(dx, dy) {
    this.centreX -= dx * this.kmPerPx;
    this.centreY += dy * this.kmPerPx;
  }

  contains(px, py, margin = 0) {
    return px >= -margin && py >= -margin && px <= this.width + margin && py <= this.height + margin;
  }
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}
