// How a reader reaches a position on the map: the mouse hovering or the keyboard focusing it shows the tooltip;
// a click, a tap, Enter or Space selects it for the position panel (a tap shows the tooltip too, as a touch screen
// has no hover).

/**
 * @param run {frame() → the current hour's frame, indexOf(id) → the position's index, latest(id) → its last event
 *   so far or null, end(id) → its state after a cease-fire or null, select(id)}
 * @returns attach(group, position), for each position's symbol
 */
export function positionInteraction(tooltip, frameElement, run) {
  return (group, position) => {
    const anchor = () => {
      const frame = frameElement.getBoundingClientRect();
      const box = group.getBoundingClientRect();
      return [box.left + box.width / 2 - frame.left, box.top + box.height / 2 - frame.top];
    };
    const show = () => tooltip.show(position, run.frame(), run.indexOf(position.id), anchor(), run.latest(position.id), run.end(position.id));
    group.addEventListener('pointerenter', (event) => {
      if (event.pointerType === 'mouse') show();
    });
    group.addEventListener('pointerleave', () => tooltip.hide());
    group.addEventListener('focus', show);
    group.addEventListener('blur', () => tooltip.hide());
    group.addEventListener('click', () => {
      run.select(position.id);
      show();
    });
    group.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      run.select(position.id);
    });
  };
}
