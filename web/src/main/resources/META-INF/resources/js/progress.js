// A task's progress as a bar: reviewed words, then translated-but-not-reviewed words.

import { el } from './dom.js';

export function progressBar(progress, label) {
  const total = Math.max(progress.words, 1);
  const reviewed = (100 * progress.wordsReviewed) / total;
  const translated = (100 * (progress.wordsTranslated - progress.wordsReviewed)) / total;
  const percent = Math.round((100 * progress.wordsTranslated) / total);
  const title = `${progress.wordsTranslated} of ${progress.words} words translated, ${progress.wordsReviewed} reviewed`;
  return el('span', { className: 'progress', title, role: 'img', 'aria-label': title },
    label ? el('span', { className: 'progress-label' }, label) : null,
    el('span', { className: 'progress-track' },
      el('span', { className: 'progress-reviewed', style: `width:${reviewed}%` }),
      el('span', { className: 'progress-translated', style: `width:${translated}%` })),
    el('span', { className: 'progress-figure' }, `${percent}%`));
}

export function statusBadge(status) {
  return el('span', { className: `badge status-${String(status).toLowerCase()}` }, String(status).replace('_', ' '));
}
