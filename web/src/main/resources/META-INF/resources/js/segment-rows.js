// The segment list: one row per segment, grouped in blocks (headings and paragraphs), built in one
// DocumentFragment. Rows carry the stable automation hooks data-segment-id and data-status.

import { el, taggedNodes } from './dom.js';
import { qaWarnings } from './qa.js';

export function renderSegments(container, segments, lang, textOf) {
  const fragment = document.createDocumentFragment();
  const rows = new Map();
  let block = null;
  let blockIndex = null;
  let paragraph = 0;
  for (const segment of segments) {
    if (segment.block !== blockIndex) {
      blockIndex = segment.block;
      const heading = segment.blockType === 'heading';
      if (!heading) paragraph += 1;
      block = el('section', { className: `block ${segment.blockType}`, dataset: { block: segment.block } },
        el('h2', { className: 'block-label' }, heading ? 'Heading' : `¶ ${paragraph}`));
      fragment.append(block);
    }
    const row = rowFor(segment, lang);
    refreshRow(row, segment, textOf(segment), false);
    rows.set(segment.id, row);
    block.append(row);
  }
  container.replaceChildren(fragment);
  return rows;
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

/** Brings a row in line with its segment; the target text is left alone while the row is edited. */
export function refreshRow(row, segment, text, editing) {
  row.dataset.status = segment.status;
  const badge = row.querySelector('.seg-status');
  badge.textContent = segment.status;
  badge.className = `badge seg-status status-${segment.status.toLowerCase()}`;
  row.querySelector('.seg-origin').textContent = origin(segment);
  if (!editing) row.querySelector('.seg-target').replaceChildren(...taggedNodes(text));
  const warnings = qaWarnings(segment.source, text);
  const qa = row.querySelector('.seg-qa');
  qa.textContent = warnings.length ? '⚠' : '';
  qa.title = warnings.join('\n');
  row.dataset.qa = warnings.length ? 'warn' : 'ok';
}

export function showSaveState(row, state, message) {
  row.dataset.save = state;
  const dot = row.querySelector('.seg-save');
  dot.title = message || state;
  dot.textContent = { saved: '', unsaved: '●', saving: '…', error: '!', conflict: '⇄' }[state] ?? '';
}

function origin(segment) {
  if (segment.origin === 'HUMAN') return segment.author ? `by ${segment.author}` : 'human';
  if (segment.origin) return segment.score != null ? `${segment.origin} ${segment.score}%` : segment.origin;
  if (segment.offeredScore != null) return `offer ${segment.offeredScore}%`;
  return '';
}
