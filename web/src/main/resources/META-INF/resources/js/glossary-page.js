// The glossary page: a pair's terms listed and searched (Persian source right to left), a term added,
// corrected or deleted in a dialog, CSV or TBX imported (a bad file's line and reason shown, nothing
// imported) and exported. Writes need glossary:write: a caller without it gets the server's 403 as a message.

import * as api from './api.js';
import { el } from './dom.js';
import { mountMasthead } from './identity.js';

const SIZE = 50;
const status = document.getElementById('glossary-status');
const search = document.getElementById('term-search');
const rows = document.querySelector('#terms tbody');
const total = document.getElementById('term-total');
const previous = document.getElementById('terms-previous');
const next = document.getElementById('terms-next');
const pageLabel = document.getElementById('terms-page');
const dialog = document.getElementById('term-editor');
const termForm = document.getElementById('term-form');
const termError = document.getElementById('term-error');
const importForm = document.getElementById('glossary-import');
const importError = document.getElementById('glossary-import-error');
let page = 0;
let editing = null;

const pair = () => search.elements.pair.value;

async function act(label, action, ...reloads) {
  status.textContent = `${label}…`;
  try {
    const said = await action();
    status.textContent = `${label}: ${said || 'done.'}`;
    await Promise.all(reloads.map((reload) => reload()));
  } catch (error) {
    status.textContent = `${label}: ${error.message}`;
  }
}

async function loadTerms() {
  const found = await api.terms(pair(), { q: search.elements.q.value.trim(), domain: search.elements.domain.value.trim(),
    page, size: SIZE });
  rows.replaceChildren(...found.terms.map(termRow));
  total.textContent = `${found.total} term${found.total === 1 ? '' : 's'} in ${pair()}.`;
  const pages = Math.max(1, Math.ceil(found.total / SIZE));
  pageLabel.textContent = `Page ${page + 1} of ${pages}`;
  previous.disabled = page === 0;
  next.disabled = page + 1 >= pages;
  for (const format of ['csv', 'tbx']) document.getElementById(`export-${format}`).href = api.glossaryExport(pair(), format);
}

const list = (values, className) => (values && values.length
  ? el('ul', { className: `plain ${className || ''}` }, values.map((value) => el('li', { dir: 'auto' }, value))) : '—');

function termRow(term) {
  const edit = el('button', { type: 'button', className: 'secondary', 'aria-label': `Correct ${term.source}` }, 'Correct');
  edit.addEventListener('click', () => openEditor(term));
  const remove = el('button', { type: 'button', className: 'secondary', 'aria-label': `Delete ${term.source}` }, 'Delete');
  remove.addEventListener('click', () => {
    if (!confirm(`Delete the term ${term.source} → ${term.target} from ${pair()}?`)) return;
    act(`Term ${term.source}`, async () => { await api.deleteTerm(pair(), term.id); return 'deleted.'; }, loadTerms);
  });
  return el('tr', { dataset: { term: term.id } },
    el('td', { lang: 'fa', dir: 'rtl', className: 'fa' }, term.source),
    el('td', { dir: 'auto' }, term.target),
    el('td', {}, list(term.alternatives)),
    el('td', {}, list(term.forbidden, 'forbidden')),
    el('td', {}, term.partOfSpeech || '—'),
    el('td', { dir: 'auto' }, term.domain || '—'),
    el('td', { dir: 'auto' }, term.note || '—'),
    el('td', { className: 'actions' }, edit, remove));
}

const lines = (text) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

function openEditor(term) {
  editing = term;
  document.getElementById('term-editor-title').textContent = term ? `Correct ${term.source}` : `New term in ${pair()}`;
  const fields = termForm.elements;
  fields.source.value = term?.source ?? '';
  fields.target.value = term?.target ?? '';
  fields.alternatives.value = (term?.alternatives ?? []).join('\n');
  fields.forbidden.value = (term?.forbidden ?? []).join('\n');
  fields.partOfSpeech.value = term?.partOfSpeech ?? '';
  fields.domain.value = term?.domain ?? '';
  fields.note.value = term?.note ?? '';
  termError.textContent = '';
  dialog.showModal();
  fields.source.focus();
}

termForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = termForm.elements;
  const body = { source: fields.source.value.trim(), target: fields.target.value.trim(),
    alternatives: lines(fields.alternatives.value), forbidden: lines(fields.forbidden.value),
    partOfSpeech: fields.partOfSpeech.value || null, domain: fields.domain.value.trim() || null,
    note: fields.note.value.trim() || null };
  try {
    const saved = editing ? await api.updateTerm(pair(), editing.id, body) : await api.createTerm(pair(), body);
    dialog.close();
    await act(`Term ${saved.source}`, async () => (editing ? 'corrected.' : 'added.'), loadTerms);
  } catch (error) {
    const fieldErrors = (error.problem.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
    termError.textContent = fieldErrors ? `${error.message} ${fieldErrors}` : error.message;
  }
});

document.getElementById('term-cancel').addEventListener('click', () => dialog.close());
document.getElementById('term-new').addEventListener('click', () => openEditor(null));

importForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const file = importForm.elements.file.files[0];
  if (!file) return;
  const format = /\.csv$/i.test(file.name) ? 'csv' : 'tbx';
  importError.textContent = '';
  act(`Import of ${file.name}`, async () => {
    try {
      const outcome = await api.importGlossary(pair(), format, file);
      importForm.reset();
      return `${outcome.created} added, ${outcome.merged} merged into terms the glossary had.`;
    } catch (error) {
      importError.textContent = `${file.name}: ${error.message} Nothing was imported.`;
      throw error;
    }
  }, loadTerms);
});

search.addEventListener('submit', (event) => {
  event.preventDefault();
  page = 0;
  act('Searching', () => loadTerms().then(() => ''));
});
search.elements.pair.addEventListener('change', () => {
  page = 0;
  history.replaceState(null, '', `?pair=${encodeURIComponent(pair())}`);
  act('Loading', () => loadTerms().then(() => ''));
});
previous.addEventListener('click', () => { page -= 1; act('Loading', () => loadTerms().then(() => '')); });
next.addEventListener('click', () => { page += 1; act('Loading', () => loadTerms().then(() => '')); });

const wanted = new URLSearchParams(location.search).get('pair');
if (wanted && [...search.elements.pair.options].some((option) => option.value === wanted)) search.elements.pair.value = wanted;
mountMasthead(api).catch(() => {});
act('Loading', () => loadTerms().then(() => ''));
