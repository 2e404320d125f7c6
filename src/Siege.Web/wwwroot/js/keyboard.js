// Keyboard controls of the timeline, anywhere on the page except where a key already means something (typing in a
// field, choosing in a list, pressing a focused button or map symbol).
//   Space or K: play / pause     ← →: one hour     Shift+← →, PageUp / PageDown: one day
//   Home / End: first / last hour     + −: faster / slower

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function attachKeyboard(timeline) {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const onSlider = target.id === 'time-slider';
    if (!onSlider && (TYPING.has(target.tagName) || target.isContentEditable)) return;
    const onControl = target.tagName === 'BUTTON' || target.closest?.('.position');
    const action = actionFor(event, onControl);
    if (!action) return;
    event.preventDefault();
    action(timeline);
  });
}

function actionFor(event, onControl) {
  const day = event.shiftKey ? 24 : 1;
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return onControl ? null : (tl) => tl.togglePlay();
    case 'k':
    case 'K':
      return (tl) => tl.togglePlay();
    case 'ArrowLeft':
      return (tl) => tl.step(-day);
    case 'ArrowRight':
      return (tl) => tl.step(day);
    case 'PageUp':
      return (tl) => tl.step(-24);
    case 'PageDown':
      return (tl) => tl.step(24);
    case 'Home':
      return (tl) => tl.step(-tl.hour);
    case 'End':
      return (tl) => tl.step(tl.index ? tl.index.lastHour - tl.hour : 0);
    case '+':
    case '=':
      return (tl) => tl.changeSpeed(1);
    case '-':
    case '_':
      return (tl) => tl.changeSpeed(-1);
    default:
      return null;
  }
}
