// Every keyboard shortcut of the editor in one table: the key handler and the help overlay (?)
// are both made from it, so the help cannot forget a key. Keys are matched by their physical
// code, so they work the same on a Persian keyboard layout.

import { el } from './dom.js';

const ctrl = (e) => (e.ctrlKey || e.metaKey) && !e.altKey;
const digit = (e, max) => {
  const m = /^Digit([1-9])$/.exec(e.code);
  return m && Number(m[1]) <= max ? Number(m[1]) : 0;
};
const typing = (target) => target instanceof HTMLTextAreaElement
  || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type))
  || target?.isContentEditable;

export function shortcutTable(actions) {
  return [
    { keys: 'Ctrl+Enter', does: 'Confirm the segment (translator: TRANSLATED, reviewer: REVIEWED) and go to the next open one',
      test: (e) => ctrl(e) && !e.shiftKey && e.key === 'Enter', run: actions.confirm },
    { keys: 'Ctrl+Shift+R', does: 'Reject the segment (reviewers) and go to the next open one',
      test: (e) => ctrl(e) && e.shiftKey && e.code === 'KeyR', run: actions.reject },
    { keys: 'Ctrl+↓', does: 'Next segment', test: (e) => ctrl(e) && e.key === 'ArrowDown', run: actions.next },
    { keys: 'Ctrl+↑', does: 'Previous segment', test: (e) => ctrl(e) && e.key === 'ArrowUp', run: actions.previous },
    { keys: 'Ctrl+1 … Ctrl+5', does: 'Take memory match 1–5 as the target',
      test: (e) => ctrl(e) && !e.shiftKey && digit(e, 5) > 0, run: (e) => actions.takeMatch(digit(e, 5)) },
    { keys: 'Ctrl+0', does: 'Take the machine translation (MT) as the target',
      test: (e) => ctrl(e) && !e.shiftKey && e.code === 'Digit0', run: actions.takeMt },
    { keys: 'Alt+1 … Alt+9', does: 'Insert placeable 1–9 (number, date, name…) at the cursor',
      test: (e) => e.altKey && !e.ctrlKey && !e.metaKey && digit(e, 9) > 0, run: (e) => actions.insertPlaceable(digit(e, 9)) },
    { keys: 'Ctrl+Shift+S', does: 'Copy the source to the target',
      test: (e) => ctrl(e) && e.shiftKey && e.code === 'KeyS', run: actions.copySource },
    { keys: 'Ctrl+F', does: 'Filter the segments (focus the filter box)',
      test: (e) => ctrl(e) && !e.shiftKey && e.code === 'KeyF', run: actions.focusFilter },
    { keys: 'Ctrl+K', does: 'Search the task\'s memories (concordance) for the selected text',
      test: (e) => ctrl(e) && !e.shiftKey && e.code === 'KeyK', run: actions.concordance },
    { keys: 'Esc', does: 'In the filter box: back to the segment; closes this help',
      test: (e) => e.key === 'Escape' && e.target?.id === 'text-filter', run: actions.backToSegment },
    { keys: '? or F1', does: 'Show this help (? outside text fields)',
      test: (e) => e.key === 'F1' || (e.key === '?' && !typing(e.target)), run: actions.help },
  ];
}

export function installShortcuts(table) {
  document.addEventListener('keydown', (event) => {
    if (document.querySelector('dialog[open]')) return;
    const shortcut = table.find((s) => s.test(event));
    if (!shortcut) return;
    event.preventDefault();
    event.stopPropagation();
    shortcut.run(event);
  }, true);
}

export function fillHelp(tableElement, table) {
  tableElement.replaceChildren(
    el('thead', {}, el('tr', {}, el('th', {}, 'Keys'), el('th', {}, 'What it does'))),
    el('tbody', {}, table.map((s) => el('tr', {}, el('td', {}, el('kbd', {}, s.keys)), el('td', {}, s.does)))));
}
