// Drag to pan, wheel or pinch to zoom. A press that moves less than a few pixels stays a click, so that tapping a
// position still selects it.

const DRAG_THRESHOLD_PX = 4;

export function attachPanZoom(svg, view, redraw) {
  const pointers = new Map();
  let dragging = false;
  let pinchDistance = null;
  let frameRequested = false;

  const scheduleRedraw = () => {
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(() => {
      frameRequested = false;
      redraw();
    });
  };

  const local = (event) => {
    const box = svg.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  };

  svg.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, { start: local(event), last: local(event) });
    dragging = false;
    pinchDistance = pointers.size === 2 ? spread(pointers) : null;
  });

  svg.addEventListener('pointermove', (event) => {
    const pointer = pointers.get(event.pointerId);
    if (!pointer) return;
    const now = local(event);
    if (pointers.size === 2) {
      pointer.last = now;
      const distance = spread(pointers);
      if (pinchDistance && distance > 0) {
        const [mx, my] = middle(pointers);
        view.zoomAt(distance / pinchDistance, mx, my);
        scheduleRedraw();
      }
      pinchDistance = distance;
      return;
    }
    if (!dragging && Math.hypot(now[0] - pointer.start[0], now[1] - pointer.start[1]) > DRAG_THRESHOLD_PX) {
      dragging = true;
      svg.setPointerCapture(event.pointerId);
      svg.classList.add('dragging');
    }
    if (dragging) {
      view.panByPixels(now[0] - pointer.last[0], now[1] - pointer.last[1]);
      scheduleRedraw();
    }
    pointer.last = now;
  });

  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinchDistance = null;
    svg.classList.remove('dragging');
  };
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);

  // A drag ends with a click on whatever is under the pointer; swallow it so that panning never selects.
  svg.addEventListener('click', (event) => {
    if (dragging) {
      event.stopPropagation();
      event.preventDefault();
      dragging = false;
    }
  }, true);

  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const [px, py] = local(event);
    view.zoomAt(Math.exp(-event.deltaY * 0.0015), px, py);
    scheduleRedraw();
  }, { passive: false });
}

function spread(pointers) {
  const [a, b] = [...pointers.values()].map((p) => p.last);
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

function middle(pointers) {
  const [a, b] = [...pointers.values()].map((p) => p.last);
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}
