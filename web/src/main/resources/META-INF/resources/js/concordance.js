// Concordance search in the task's memories (its read list, in order): units whose source (or target)
// contains a word or phrase, the hit highlighted in the plain text of that side, each naming the
// memory it came from as matches do.

import * as api from './api.js';
import { el, highlighted, plainText, taggedNodes } from './dom.js';

export function mountConcordance(jobId, lang) {
  const form = document.getElementById('concordance-form');
  const query = document.getElementById('concordance-query');
  const side = document.getElementById('concordance-side');
  const status = document.getElementById('concordance-status');
  const results = document.getElementById('concordance-results');
  let asked = 0;

  async function search() {
    const q = query.value.trim();
    if (!q) return;
    const ticket = ++asked;
    status.textContent = 'Searching…';
    try {
      const found = await api.concordance(jobId, lang, q, side.value);
      if (ticket !== asked) return;
      status.textContent = found.hits.length ? `${found.hits.length} units` : 'Not in the task\'s memories.';
      results.replaceChildren(...found.hits.map((hit) => render(hit, lang)));
    } catch (error) {
      if (ticket !== asked) return;
      results.replaceChildren();
      status.textContent = error.message;
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); search(); });
  side.addEventListener('change', search);

  return {
    /** Searches the given text (e.g. the selection), or just focuses the box. */
    searchFor(text) {
      if (text && text.trim()) {
        query.value = text.trim();
        if (/[\u0600-\u06FF]/.test(text)) side.value = 'source';
        search();
      }
      query.focus();
    },
  };
}

function render(hit, lang) {
  const source = plainText(hit.unit.source);
  const target = plainText(hit.unit.target);
  const span = [{ start: hit.start, end: hit.end, title: 'hit' }];
  return el('li', { className: 'concordance-hit', dataset: { memory: hit.memory } },
    el('div', { className: 'memory muted', title: 'Memory' }, hit.memory),
    el('div', { dir: 'rtl', lang: 'fa' }, hit.side === 'source' ? highlighted(source, span) : taggedNodes(hit.unit.source)),
    el('div', { dir: 'ltr', lang }, hit.side === 'target' ? highlighted(target, span) : taggedNodes(hit.unit.target)));
}
