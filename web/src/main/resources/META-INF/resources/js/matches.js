// Memory matches of the active segment, fetched when the segment becomes active (never for the
// whole task), with the match source's differences from this segment highlighted. They come from the
// task's memories (its read list, in order and with penalties), each naming the memory it came from.

import * as api from './api.js';
import { el, highlighted, plainText, taggedNodes } from './dom.js';

const cache = new Map();

export async function matchesFor(jobId, lang, segment, previous, next) {
  if (!cache.has(segment.id)) {
    const request = api.taskMatches(jobId, lang, { source: segment.source, previous: previous?.source, next: next?.source, limit: 5 })
      .then((result) => result.matches)
      .catch((error) => {
        cache.delete(segment.id);
        if (error.status === 404) return [];
        throw error;
      });
    cache.set(segment.id, request);
  }
  return cache.get(segment.id);
}

/** The memory changed (a segment was confirmed): look again next time. */
export function forgetMatches() {
  cache.clear();
}

export function renderMatches(list, matches, lang, onTake) {
  if (matches.length === 0) {
    list.replaceChildren(el('li', { className: 'muted' }, 'No memory matches.'));
    return;
  }
  list.replaceChildren(...matches.map((match, i) => {
    const source = plainText(match.source);
    const spans = (match.differences || []).map((d) => ({ start: d.sourceStart, end: d.sourceEnd, title: d.kind }));
    const item = el('li', { className: 'match', dataset: { kind: match.kind, score: match.score }, title: 'Click or Ctrl+' + (i + 1) },
      el('div', { className: 'match-head' },
        el('kbd', {}, `Ctrl+${i + 1}`),
        el('span', { className: `score kind-${match.kind.toLowerCase()}` }, `${match.score}%`),
        el('span', { className: 'kind' }, match.kind.replace('_', ' ').toLowerCase()),
        el('span', { className: 'memory muted', title: 'Memory' }, match.memory),
        // one unit per translation: how many times it was confirmed tells a settled one from a one-off
        el('span', { className: 'usage', title: 'Confirmed this many times' }, `used ${match.usageCount || 1}×`),
        el('span', { className: 'muted' }, [match.author, match.changedAt && match.changedAt.slice(0, 10)].filter(Boolean).join(' · '))),
      el('div', { className: 'match-source', dir: 'rtl', lang: 'fa' }, highlighted(source, spans)),
      el('div', { className: 'match-target', dir: 'ltr', lang }, taggedNodes(match.target)));
    item.addEventListener('click', () => onTake(i + 1));
    return item;
  }));
}
