// The memories of every pair as a table: name, pair, description, unit count, read-only or writable, with
// their TMX export (streamed by the server) and a button that shows their units below.

import { el } from './dom.js';

const LANGUAGES = { fa: 'Persian', en: 'English', ru: 'Russian' };

/** Renders the memories into the table's body; `browse(name)` shows one memory's units. */
export function renderMemories(tbody, memories, { exportAddress, browse }) {
  tbody.replaceChildren(...memories.map((memory) => {
    const show = el('button', { type: 'button', className: 'secondary', 'aria-label': `Units of ${memory.name}` }, 'Units');
    show.addEventListener('click', () => browse(memory.name));
    return el('tr', { dataset: { memory: memory.name } },
      el('th', { scope: 'row', className: 'mono' }, memory.name),
      el('td', {}, `${LANGUAGES[memory.source] || memory.source} → ${LANGUAGES[memory.target] || memory.target}`),
      el('td', { dir: 'auto' }, memory.description || '—'),
      el('td', { className: 'units' }, memory.units.toLocaleString('en')),
      el('td', {}, memory.readOnly ? 'read-only' : 'writable'),
      el('td', { className: 'actions' }, show,
        el('a', { href: exportAddress(memory.name), className: 'button secondary', download: `tarjoman-${memory.name}.tmx`,
          'aria-label': `Export ${memory.name} as TMX` }, 'Export TMX')));
  }));
}
