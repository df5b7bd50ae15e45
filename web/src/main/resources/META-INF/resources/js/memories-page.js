// The memories page: the memories with their unit counts and TMX export, TMX imports followed by their
// progress (tmx-import.js), and maintenance: units of a memory searched by a filter (Persian source right to left),
// a unit corrected or deleted (unit-editor.js),
// deleted by that filter after a confirmation, find-and-replace in their targets (preview, then apply),
// a unit's history and the counts per author and month. Every write is the server's to refuse: a
// caller without memory:write gets its 403 as a message.

import * as api from './api.js';
import { el, formatDate, taggedNodes } from './dom.js';
import { mountMasthead } from './identity.js';
import { renderMemories } from './memory-list.js';
import { mountImports } from './tmx-import.js';
import { correctUnit, deleteUnit } from './unit-editor.js';

const PAGE = 50;
const status = document.getElementById('memory-status');
const filterForm = document.getElementById('unit-filter');
const units = document.querySelector('#units tbody');
const total = document.getElementById('unit-total');
const older = document.getElementById('units-older');
const first = document.getElementById('units-first');
const history = document.getElementById('unit-history');
const replacement = document.getElementById('replacement');
const apply = document.getElementById('apply-replacement');
const preview = document.querySelector('#replacement-preview tbody');
const refusedTable = document.getElementById('replacement-refused');
const statistics = document.querySelector('#statistics tbody');
let next = null;
let previewed = null;

const FILTER_FIELDS = ['source', 'target', 'author', 'origin', 'from', 'to'];

const memory = () => filterForm.elements.memory.value;

/** The filter as the form holds it, empty fields left out. */
function filter() {
  return Object.fromEntries(FILTER_FIELDS.map((name) => [name, filterForm.elements[name].value.trim()])
    .filter(([, value]) => value !== ''));
}

/** Runs an action, shows its outcome, and reloads what it changed. */
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

const persian = (tagged) => el('td', { lang: 'fa', dir: 'rtl', className: 'fa' }, taggedNodes(tagged));

async function loadUnits(after = null) {
  const page = await api.searchUnits(memory(), { ...filter(), limit: PAGE, ...(after ? { after } : {}) });
  units.replaceChildren(...page.units.map(unitRow));
  total.textContent = `${page.total} ${page.total === 1 ? 'unit matches' : 'units match'}.`;
  next = page.next ?? null;
  older.disabled = next === null;
  first.disabled = after === null;
}

function unitRow(unit) {
  const show = el('button', { type: 'button', className: 'secondary' }, 'History');
  show.addEventListener('click', () => act(`History of unit ${unit.id}`, () => loadHistory(unit.id)));
  const actions = unitActions(unit);
  return el('tr', { dataset: { unit: unit.id } },
    el('td', { className: 'mono' }, String(unit.id)),
    persian(unit.source),
    el('td', { dir: 'auto' }, taggedNodes(unit.target)),
    el('td', {}, unit.author || '—'),
    el('td', {}, unit.origin || '—'),
    el('td', {}, formatDate(unit.changedAt)),
    el('td', { className: 'actions' }, show, actions));
}

/** Correct and Delete for one unit; the server refuses them to a caller without memory:write. */
function unitActions(unit) {
  const name = memory();
  const edit = el('button', { type: 'button', className: 'secondary', 'aria-label': `Correct unit ${unit.id}` }, 'Correct');
  edit.addEventListener('click', () => act(`Unit ${unit.id}`, () => correctUnit(name, unit.id,
    (saved) => act(`Unit ${saved.id}`, async () => 'corrected.', loadUnits)).then(() => 'correcting…')));
  const remove = el('button', { type: 'button', className: 'secondary', 'aria-label': `Delete unit ${unit.id}` }, 'Delete');
  remove.addEventListener('click', () => act(`Unit ${unit.id}`,
    async () => ((await deleteUnit(name, unit)) ? 'deleted.' : 'kept.'), reload, loadMemories));
  return [edit, remove];
}

async function loadHistory(id) {
  const entries = await api.unitHistory(memory(), id);
  document.getElementById('unit-history-title').textContent = `History of unit ${id}`;
  history.querySelector('tbody').replaceChildren(...entries.map((entry) => el('tr', {},
    el('td', {}, formatDate(entry.changedAt)),
    el('td', {}, entry.changedBy),
    el('td', { dir: 'auto' }, taggedNodes(entry.before)),
    el('td', { dir: 'auto' }, taggedNodes(entry.after)),
    el('td', {}, entry.reason || entry.operation))));
  history.hidden = false;
  return entries.length ? `${entries.length} change${entries.length === 1 ? '' : 's'}.` : 'never changed.';
}

async function loadStatistics() {
  const counts = await api.memoryStatistics(memory(), filter());
  statistics.replaceChildren(...counts.months.map((row) => el('tr', {},
    el('td', {}, row.author || '—'), el('td', { className: 'mono' }, row.month), el('td', {}, String(row.units)))),
  el('tr', {}, el('th', {}, 'All'), el('td', {}), el('th', {}, String(counts.units))));
}

const reload = () => Promise.all([loadUnits(), loadStatistics()]);

function replacementRequest() {
  const form = replacement.elements;
  return { find: form.find.value, replace: form.replace.value, caseSensitive: form.caseSensitive.checked,
    wholeWord: form.wholeWord.checked, filter: filter() };
}

async function showPreview() {
  const request = replacementRequest();
  const result = await api.previewReplacement(memory(), { ...request, limit: 200 });
  preview.replaceChildren(...result.units.map((unit) => el('tr', { dataset: { unit: unit.unitId } },
    el('td', { className: 'mono' }, String(unit.unitId)),
    persian(unit.source),
    el('td', { dir: 'auto' }, taggedNodes(unit.before)),
    el('td', { dir: 'auto' }, taggedNodes(unit.after)))));
  refusedTable.querySelector('tbody').replaceChildren(...result.refused.map(refusedRow));
  refusedTable.hidden = result.refused.length === 0;
  document.getElementById('replacement-total').textContent = `${result.total} unit${result.total === 1 ? '' : 's'} `
    + `would change${result.total > result.units.length ? ` (the first ${result.units.length} shown)` : ''}; `
    + `${result.refusedTotal} left as they are.`;
  previewed = result.total > 0 ? { request, total: result.total } : null;
  apply.disabled = previewed === null;
  return `${result.total} to change.`;
}

const refusedRow = (unit) => el('tr', { dataset: { unit: unit.unitId } },
  el('td', { className: 'mono' }, String(unit.unitId)),
  el('td', { dir: 'auto' }, taggedNodes(unit.target)),
  el('td', {}, unit.reason));

filterForm.addEventListener('submit', (event) => {
  event.preventDefault();
  history.hidden = true;
  act('Searching', () => reload().then(() => ''));
});

filterForm.elements.memory.addEventListener('change', () => act('Loading', () => reload().then(() => '')));

document.getElementById('delete-matching').addEventListener('click', async () => {
  const selected = filter();
  const count = (await api.searchUnits(memory(), { ...selected, limit: 1 }).catch(() => ({ total: '?' }))).total;
  const what = Object.keys(selected).length ? 'matching the search' : 'of the memory: every unit';
  if (!confirm(`Delete ${count} unit${count === 1 ? '' : 's'} ${what} from ${memory()}? They stop matching at once.`)) return;
  act('Deleting', async () => {
    const done = await api.deleteUnits(memory(), Object.keys(selected).length ? selected : { all: true });
    return `${done.deleted} deleted.`;
  }, reload);
});

replacement.addEventListener('submit', (event) => {
  event.preventDefault();
  act('Preview', showPreview);
});

apply.addEventListener('click', () => {
  if (!previewed || !confirm(`Replace in ${previewed.total} unit${previewed.total === 1 ? '' : 's'}? `
    + 'Each keeps its previous target in its history.')) return;
  const { request } = previewed;
  act('Replacing', async () => {
    const done = await api.replaceInTargets(memory(), request);
    previewed = null;
    apply.disabled = true;
    preview.replaceChildren();
    refusedTable.querySelector('tbody').replaceChildren(...done.refused.map(refusedRow));
    refusedTable.hidden = done.refused.length === 0;
    return `${done.replaced} replaced (operation ${done.operationId}).`;
  }, reload);
});

older.addEventListener('click', () => act('Older units', () => loadUnits(next).then(() => '')));
first.addEventListener('click', () => act('Newest units', () => loadUnits().then(() => '')));

/** The memories table and the two memory pickers, keeping what each picker had chosen. */
async function loadMemories() {
  const list = await api.memories();
  const options = () => list.memories.map((m) => el('option', { value: m.name }, `${m.name} (${m.units})`));
  const importForm = document.getElementById('tmx-import');
  for (const select of [filterForm.elements.memory, importForm.elements.memory]) {
    const chosen = select.value;
    select.replaceChildren(...options());
    if (chosen && list.memories.some((m) => m.name === chosen)) select.value = chosen;
  }
  renderMemories(document.querySelector('#memory-list tbody'), list.memories, {
    exportAddress: api.memoryExport,
    browse: (name) => {
      filterForm.elements.memory.value = name;
      act('Loading', () => reload().then(() => ''));
      document.getElementById('search-title').scrollIntoView();
    },
  });
  return list;
}

const imports = mountImports({
  say: (text) => { status.textContent = text; },
  imported: () => Promise.all([loadMemories(), filterForm.elements.memory.value ? reload() : null]),
});

async function start() {
  const list = await loadMemories();
  const wanted = new URLSearchParams(location.search).get('memory');
  if (wanted && list.memories.some((m) => m.name === wanted)) {
    filterForm.elements.memory.value = wanted;
    document.getElementById('tmx-import').elements.memory.value = wanted;
  }
  await imports.start();
  if (list.memories.length) await reload();
  return list.memories.length ? '' : 'no memory yet.';
}

mountMasthead(api).catch(() => {});
act('Loading', start);
