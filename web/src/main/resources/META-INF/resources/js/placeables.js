// Placeables of the active segment (numbers, dates, times, URLs, Latin names) as the server finds them
// in the source (GET …/segments/{id}/placeables), each insertable with Alt+1…9 in its localized form:
// the form the task's language writes (Solar Hijri dates as the Gregorian date, 17 January 2025 or
// 17 января 2025 г.; numbers with the target's separators), which is what the QA checks accept.

import * as api from './api.js';
import { el } from './dom.js';

const cache = new Map();
const LIMIT = 9;

export function placeablesFor(jobId, lang, segment) {
  const key = `${jobId}/${lang}/${segment.id}`;
  if (!cache.has(key)) {
    const request = api.placeables(jobId, lang, segment.id).then((answer) => {
      const seen = new Set();
      const found = [];
      for (const p of answer.placeables) {
        const inserted = p.localized ?? p.value;
        if (!seen.has(inserted) && found.length < LIMIT) {
          seen.add(inserted);
          found.push({ ...p, inserted });
        }
      }
      return found;
    }).catch(() => {
      cache.delete(key);
      return [];
    });
    cache.set(key, request);
  }
  return cache.get(key);
}

export function renderPlaceables(list, placeables, onInsert) {
  if (placeables.length === 0) {
    list.replaceChildren(el('li', { className: 'muted' }, 'None in this segment.'));
    return;
  }
  list.replaceChildren(...placeables.map((p, i) => {
    const same = p.inserted === p.text;
    const item = el('li', { className: 'placeable', dataset: { type: p.type }, title: `${p.type}: Alt+${i + 1} inserts ${p.inserted}` },
      el('kbd', {}, `Alt+${i + 1}`), ' ',
      same ? null : el('span', { lang: 'fa', dir: 'rtl' }, p.text),
      same ? null : ' → ',
      el('span', { className: 'mono placeable-value', dir: 'ltr' }, p.inserted));
    item.addEventListener('click', () => onInsert(i + 1));
    return item;
  }));
}
