// Placeables of the active segment (numbers, dates, times, URLs, Latin names) as the server's
// recogniser finds them (POST /api/v1/segmentation), each insertable with Alt+1…9. The canonical
// value is inserted (ASCII digits, ISO date), which is what an English or Russian target wants.

import * as api from './api.js';
import { el, plainText } from './dom.js';

const cache = new Map();
const LIMIT = 9;

export function placeablesFor(segment) {
  if (!cache.has(segment.id)) {
    const request = api.segmentation(plainText(segment.source)).then((article) => {
      const seen = new Set();
      const found = [];
      for (const block of article.blocks) {
        for (const s of block.segments) {
          for (const p of s.placeables || []) {
            const key = `${p.type}:${p.value}`;
            if (!seen.has(key) && found.length < LIMIT) {
              seen.add(key);
              found.push(p);
            }
          }
        }
      }
      return found;
    }).catch(() => {
      cache.delete(segment.id);
      return [];
    });
    cache.set(segment.id, request);
  }
  return cache.get(segment.id);
}

export function renderPlaceables(list, placeables, onInsert) {
  if (placeables.length === 0) {
    list.replaceChildren(el('li', { className: 'muted' }, 'None in this segment.'));
    return;
  }
  list.replaceChildren(...placeables.map((p, i) => {
    const same = p.value === p.text;
    const item = el('li', { className: 'placeable', dataset: { type: p.type }, title: `${p.type}: Alt+${i + 1} inserts ${p.value}` },
      el('kbd', {}, `Alt+${i + 1}`), ' ',
      same ? null : el('span', { lang: 'fa', dir: 'rtl' }, p.text),
      same ? null : ' → ',
      el('span', { className: 'mono' }, p.value));
    item.addEventListener('click', () => onInsert(i + 1));
    return item;
  }));
}
