// The machine translation of the active segment, shown beside the memory matches and marked MT, taken
// with Ctrl+0. Asked for when a segment becomes active (once per segment: engines cost money); a task
// whose language has no engine (503) shows nothing, an engine that failed says so.

import * as api from './api.js';
import { el, taggedNodes } from './dom.js';

const cache = new Map();

export function mtSuggestionFor(jobId, lang, segment) {
  if (!cache.has(segment.id)) {
    const request = api.mtSuggestion(jobId, lang, segment.id).catch((error) => {
      cache.delete(segment.id);
      if (error.status === 503) return null;
      throw error;
    });
    cache.set(segment.id, request);
  }
  return cache.get(segment.id);
}

export function renderMtSuggestion(list, suggestion, lang, onTake) {
  if (!suggestion) {
    list.replaceChildren(el('li', { className: 'muted' }, 'No machine translation for this language.'));
    return;
  }
  const engine = [suggestion.engine, suggestion.model].filter(Boolean).join(' · ');
  const findings = suggestion.findings?.length ? `${suggestion.findings.length} QA finding(s)` : '';
  const item = el('li', { className: 'match mt-suggestion', dataset: { origin: 'MT' }, title: 'Click or Ctrl+0' },
    el('div', { className: 'match-head' },
      el('kbd', {}, 'Ctrl+0'),
      el('span', { className: 'score kind-mt' }, 'MT'),
      el('span', { className: 'memory muted', title: 'Engine' }, engine),
      el('span', { className: 'muted' }, findings)),
    el('div', { className: 'match-target', dir: 'ltr', lang }, taggedNodes(suggestion.target)));
  item.addEventListener('click', onTake);
  list.replaceChildren(item);
}
