// Asks the user what to do when someone else saved a segment first: keep their own text (it is
// saved again over the new version) or take the other person's. One question at a time.

import { taggedNodes } from './dom.js';

const dialog = document.getElementById('conflict-dialog');
let queue = Promise.resolve();

dialog.addEventListener('cancel', (event) => event.preventDefault());

/**
 * Chromium gives focus back to the textarea when a modal dialog closes, but the textarea then takes
 * no typing until it is focused anew; without this the next keystrokes would be lost.
 */
export function refocus(element) {
  if (element instanceof HTMLElement && element.isConnected) {
    element.blur();
    element.focus();
  }
}

/** Resolves to 'mine' or 'theirs'. */
export function askAboutConflict(segment, current, mine) {
  const answer = queue.then(() => new Promise((resolve) => {
    const who = current.author || 'someone else';
    document.getElementById('conflict-who').textContent =
      `Segment ${segment.index + 1} was saved by ${who} (${current.status}, version ${current.version}) after you opened it.`;
    document.getElementById('conflict-theirs').replaceChildren(...taggedNodes(current.target || '(empty)'));
    document.getElementById('conflict-mine').replaceChildren(...taggedNodes(mine || '(empty)'));
    dialog.returnValue = '';
    const focused = document.activeElement;
    dialog.addEventListener('close', () => {
      refocus(focused);
      resolve(dialog.returnValue === 'theirs' ? 'theirs' : 'mine');
    }, { once: true });
    dialog.showModal();
    document.getElementById('keep-mine').focus();
  }));
  queue = answer.catch(() => {});
  return answer;
}
