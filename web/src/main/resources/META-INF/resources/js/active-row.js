// The active row, where the user works: a textarea in the row's target cell and below it the
// workbench (memory matches, the machine translation, placeables, the server's QA findings, the row's save message). It follows the store:
// when another segment becomes active it moves there, and what the user types goes to the saver,
// which puts it in the store. It keeps only its own DOM and the matches and placeables it shows.

import { el } from './dom.js';
import { matchesFor, renderMatches } from './matches.js';
import { mtSuggestionFor, renderMtSuggestion } from './mt-suggestion.js';
import { placeablesFor, renderPlaceables } from './placeables.js';
import { renderFindings } from './qa.js';
import { toEditable, toTagged } from './tagged-text.js';

export function mountActiveRow({ store, saver, rows, container, jobId, lang, say, qa }) {
  let here = null;
  qa.subscribe((id) => {
    if (here?.id === id) showQa();
  });

  function mount(id) {
    const segment = store.segment(id);
    const row = rows.row(id);
    const readOnly = !store.canEdit(id);
    const editor = el('textarea', { className: 'target-input', lang, dir: 'ltr', rows: 2, spellcheck: 'true',
      'aria-label': `Translation of segment ${segment.index + 1}`, readonly: readOnly });
    editor.value = toEditable(store.text(id));
    editor.addEventListener('input', () => {
      grow(editor);
      saver.edit(id, toTagged(editor.value));
    });
    row.querySelector('.seg-target').replaceChildren(editor);
    here = { id, editor, bench: workbench(store.readOnlyReason(id)), matchList: [], placeableList: [], mt: null };
    row.append(here.bench.element);
    grow(editor);
    showQa();
    keepInView(row);
    loadHelpers(here);
  }

  function unmount() {
    here?.bench.element.remove();
    here = null;
  }

  function showQa() {
    renderFindings(here.bench.qa, qa.of(here.id),
      { source: store.segment(here.id).source, target: store.text(here.id), lang });
  }

  /** Scrolls only when the active row with its matches is not all in view; then it goes near the top. */
  function keepInView(row) {
    const box = row.getBoundingClientRect();
    const view = container.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) row.scrollIntoView({ block: 'start' });
  }

  function loadHelpers(mounted) {
    const { id } = mounted;
    const { previous, next } = store.neighbours(id);
    matchesFor(jobId, lang, store.segment(id), previous, next).then((found) => {
      if (here !== mounted) return;
      mounted.matchList = found;
      renderMatches(mounted.bench.matches, found, lang, takeMatch);
      keepInView(rows.row(id));
    }).catch((error) => {
      if (here === mounted) mounted.bench.matches.replaceChildren(el('li', { className: 'muted' }, `Matches unavailable: ${error.message}`));
    });
    mtSuggestionFor(jobId, lang, store.segment(id)).then((suggestion) => {
      if (here !== mounted) return;
      mounted.mt = suggestion;
      renderMtSuggestion(mounted.bench.mt, suggestion, lang, takeMt);
    }).catch((error) => {
      if (here === mounted) mounted.bench.mt.replaceChildren(el('li', { className: 'muted' }, `Machine translation unavailable: ${error.message}`));
    });
    placeablesFor(jobId, lang, store.segment(id)).then((found) => {
      if (here !== mounted) return;
      mounted.placeableList = found;
      renderPlaceables(mounted.bench.placeables, found, insertPlaceable);
    });
  }

  function takeMatch(n) {
    const match = here?.matchList[n - 1];
    if (!match || here.editor.readOnly) {
      say(`There is no match ${n}.`);
      return;
    }
    replaceTarget(toEditable(match.target));
    store.markTaken(here.id, match);
  }

  function takeMt() {
    const suggestion = here?.mt;
    if (!suggestion || here.editor.readOnly) {
      say('There is no machine translation for this segment.');
      return;
    }
    replaceTarget(toEditable(suggestion.target));
    store.markTaken(here.id, { target: suggestion.target, origin: 'MT' });
  }

  function insertPlaceable(n) {
    const placeable = here?.placeableList[n - 1];
    if (!placeable || here.editor.readOnly) {
      say(`There is no placeable ${n}.`);
      return;
    }
    const { editor } = here;
    editor.focus();
    editor.setRangeText(placeable.inserted, editor.selectionStart, editor.selectionEnd, 'end');
    editor.dispatchEvent(new Event('input'));
  }

  function replaceTarget(text) {
    const { editor } = here;
    editor.value = text;
    editor.focus();
    editor.setSelectionRange(text.length, text.length);
    editor.dispatchEvent(new Event('input'));
  }

  store.subscribe((change) => {
    const isHere = here !== null && here.id === change.id;
    switch (change.type) {
      case 'active':
        unmount();
        if (change.to != null) mount(change.to);
        break;
      case 'identity':
        // The role decides whether a reviewed segment is read-only: build the row again.
        if (here) {
          const { id } = here;
          unmount();
          mount(id);
          here.editor.focus({ preventScroll: true });
        }
        break;
      case 'edit':
        if (isHere) {
          qa.draft(change.id, store.text(change.id));
          showQa();
        }
        break;
      case 'save':
        if (isHere) here.bench.state.textContent = store.saveMessage(change.id);
        break;
      case 'segment':
        if (isHere && change.replaced) {
          here.editor.value = toEditable(store.text(change.id));
          showQa();
        }
        break;
      default:
        break;
    }
  });

  return {
    takeMatch,
    takeMt,
    insertPlaceable,
    copySource() {
      if (here && !here.editor.readOnly) replaceTarget(toEditable(store.segment(here.id).source));
    },
    /** What the textarea holds, or undefined when it cannot be edited. */
    editableText: () => (here && !here.editor.readOnly ? here.editor.value : undefined),
    textarea: () => here?.editor,
    focus(options) {
      here?.editor.focus(options);
    },
    /** The text selected in the textarea, else in the page (what Ctrl+K searches). */
    selectedText() {
      const editor = here?.editor;
      if (editor && document.activeElement === editor && editor.selectionEnd > editor.selectionStart) {
        return editor.value.slice(editor.selectionStart, editor.selectionEnd);
      }
      return String(window.getSelection() || '');
    },
  };
}

function workbench(readOnlyReason) {
  const state = el('p', { className: 'row-state', role: 'status' }, readOnlyReason);
  const qa = el('ul', { className: 'qa-findings', 'aria-label': 'QA findings', 'aria-live': 'polite' });
  const placeables = el('ol', { className: 'placeables' }, el('li', { className: 'muted' }, 'Looking for placeables…'));
  const matches = el('ol', { className: 'matches' }, el('li', { className: 'muted' }, 'Looking up the memory…'));
  const mt = el('ol', { className: 'matches mt' }, el('li', { className: 'muted' }, 'Asking machine translation…'));
  const element = el('div', { className: 'workbench' },
    el('section', { className: 'bench-matches' }, el('h3', {}, 'Memory matches'), matches,
      el('h3', {}, 'Machine translation'), mt),
    el('section', { className: 'bench-side' }, state, qa, el('h3', {}, 'Placeables'), placeables));
  return { element, state, qa, placeables, matches, mt };
}

function grow(textarea) {
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}
