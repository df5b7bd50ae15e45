// The job page's "what changed" panel for a resubmitted article: segments added, removed and changed
// against the previous revision (GET /api/v1/jobs/{id}/changes). Persian sources are dir="rtl".

import * as api from './api.js';
import { el, plainText } from './dom.js';

const LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' };

/** Fills {@code panel} for a revision after the first; a first revision shows nothing. */
export async function mountChanges(panel, job) {
  if (!job.supersedes) {
    panel.hidden = true;
    return;
  }
  try {
    const changes = await api.jobChanges(job.id);
    panel.replaceChildren(
      el('h2', { id: 'changes-title' }, `What changed since revision ${changes.previousRevision}`),
      el('p', { id: 'changes-summary' },
        `${changes.changed} changed, ${changes.added} added, ${changes.removed} removed, ${changes.unchanged} unchanged segments `
        + '(unchanged ones kept their translations). ',
        el('a', { href: `/jobs/${changes.previousJobId}` }, `Open revision ${changes.previousRevision}`)),
      ...changes.changes.map(change));
  } catch (error) {
    panel.replaceChildren(el('h2', { id: 'changes-title' }, 'What changed'),
      el('p', {}, `The changes could not be loaded: ${error.message}`));
  }
  panel.hidden = false;
}

function change(c) {
  return el('div', { className: 'change', dataset: { type: c.type } },
    el('h3', {}, LABELS[c.type] || c.type),
    c.before.length ? segmentList('before', 'Before', c.before) : null,
    c.after.length ? segmentList('after', 'Now', c.after) : null);
}

function segmentList(kind, label, segments) {
  return el('div', { className: kind },
    el('span', { className: 'muted' }, `${label}:`),
    el('ol', { lang: 'fa', dir: 'rtl', className: 'fa' },
      segments.map((s) => el('li', { value: s.index + 1 }, plainText(s.source)))));
}
