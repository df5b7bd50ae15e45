// The segment list, rendered from the store: one row per segment, grouped in blocks (headings and
// paragraphs), built in one DocumentFragment when the task is loaded, then kept in line with the
// store one row at a time. Rows carry the stable automation hooks data-segment-id, data-status and
// data-save. The active row's target cell is left to active-row.js while it is active. Each row's QA
// mark follows the server's findings (qa.js).

import { el, taggedNodes } from './dom.js';
import { markRow } from './qa.js';

const SAVE_MARKS = { saved: '', unsaved: '●', saving: '…', error: '!', conflict: '⇄' };

export function mountSegmentRows(container, store, lang, qa) {
  const rows = new Map();
  qa.subscribe((id) => {
    const row = rows.get(id);
    if (row) markRow(row, qa.of(id));
  });

  function render() {
    const fragment = document.createDocumentFragment();
    let block = null;
    let blockIndex = null;
    let paragraph = 0;
    for (const segment of store.segments()) {
      if (segment.block !== blockIndex) {
        blockIndex = segment.block;
        const heading = segment.blockType === 'heading';
        if (!heading) paragraph += 1;
        block = el('section', { className: `block ${segment.blockType}`, dataset: { block: segment.block } },
          el('h2', { className: 'block-label' }, heading ? 'Heading' : `¶ ${paragraph}`));
        fragment.append(block);
      }
      const row = rowFor(segment, lang);
      rows.set(segment.id, row);
      refresh(segment.id);
      block.append(row);
    }
    container.replaceChildren(fragment);
  }

  /** Brings a row in line with its segment; the target text is left alone while the row is edited. */
  function refresh(id) {
    const row = rows.get(id);
    if (!row) return;
    const segment = store.segment(id);
    const text = store.text(id);
    row.dataset.status = segment.status;
    const badge = row.querySelector('.seg-status');
    badge.textContent = segment.status;
    badge.className = `badge seg-status status-${segment.status.toLowerCase()}`;
    row.querySelector('.seg-origin').textContent = origin(segment);
    if (id !== store.activeId()) row.querySelector('.seg-target').replaceChildren(...taggedNodes(text));
    markRow(row, qa.of(id));
  }

  function showSaveState(id) {
    const row = rows.get(id);
    if (!row) return;
    const state = store.saveState(id);
    row.dataset.save = state;
    const mark = row.querySelector('.seg-save');
    mark.title = store.saveMessage(id) || state;
    mark.textContent = SAVE_MARKS[state] ?? '';
  }

  function moveActive(from, to) {
    const left = rows.get(from);
    if (left) {
      left.classList.remove('active');
      left.removeAttribute('aria-current');
      refresh(from);
    }
    rows.get(to)?.classList.add('active');
    rows.get(to)?.setAttribute('aria-current', 'true');
  }

  /** A block with no row left to show is hidden with its label. */
  function showFiltered() {
    const shownInBlock = new Map();
    for (const [id, row] of rows) {
      const show = store.isVisible(id);
      row.hidden = !show;
      shownInBlock.set(row.parentElement, (shownInBlock.get(row.parentElement) || 0) + (show ? 1 : 0));
    }
    for (const [block, shown] of shownInBlock) block.hidden = shown === 0;
  }

  store.subscribe((change) => {
    switch (change.type) {
      case 'loaded': render(); break;
      case 'edit': case 'segment': refresh(change.id); break;
      case 'save': showSaveState(change.id); break;
      case 'active': moveActive(change.from, change.to); break;
      case 'filter': showFiltered(); break;
      default: break;
    }
  });

  return {
    /** The row element of a segment, for the views that work inside it. */
    row: (id) => rows.get(id),
  };
}

function rowFor(segment, lang) {
  return el('div', { className: 'seg', dataset: { segmentId: segment.id, save: 'saved' } },
    el('span', { className: 'seg-num' }, String(segment.index + 1)),
    el('div', { className: 'seg-source', dir: 'rtl', lang: 'fa' }, taggedNodes(segment.source)),
    el('div', { className: 'seg-target', dir: 'ltr', lang }),
    el('div', { className: 'seg-meta' },
      el('span', { className: 'badge seg-status' }),
      el('span', { className: 'seg-origin' }),
      el('span', { className: 'seg-save', 'aria-hidden': 'true' }),
      el('span', { className: 'seg-qa' })));
}

function origin(segment) {
  if (segment.origin === 'HUMAN') return segment.author ? `by ${segment.author}` : 'human';
  if (segment.origin) return segment.score != null ? `${segment.origin} ${segment.score}%` : segment.origin;
  if (segment.offeredScore != null) return `offer ${segment.offeredScore}%`;
  return '';
}
