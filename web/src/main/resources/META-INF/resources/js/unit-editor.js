// A unit's target corrected in a modal dialog (the server keeps the previous target in its history and
// makes the corrector its author), or the unit removed after a confirmation.

import * as api from './api.js';
import { plainText } from './dom.js';

const dialog = document.getElementById('unit-editor');
const form = document.getElementById('unit-edit');
const source = document.getElementById('unit-edit-source');
const error = document.getElementById('unit-edit-error');
let editing = null;

document.getElementById('unit-edit-close').addEventListener('click', () => dialog.close());

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { memory, unit, done } = editing;
  const body = { source: unit.source, target: form.elements.target.value, previous: unit.previous, next: unit.next,
    origin: unit.origin };
  try {
    const saved = await api.correctUnit(memory, unit.id, body);
    dialog.close();
    await done(saved);
  } catch (failure) {
    error.textContent = failure.message;
  }
});

/** Opens the dialog on a unit; `done(saved)` runs once the correction is saved. */
export async function correctUnit(memory, id, done) {
  const unit = await api.unit(memory, id);
  editing = { memory, unit, done };
  source.textContent = plainText(unit.source);
  form.elements.target.value = unit.target;
  error.textContent = '';
  dialog.showModal();
  form.elements.target.focus();
}

/** Removes a unit once the person confirms; answers whether it was removed. */
export async function deleteUnit(memory, unit) {
  if (!confirm(`Delete unit ${unit.id} from ${memory}? It stops matching at once.\n\n${plainText(unit.source)}`)) {
    return false;
  }
  await api.deleteUnit(memory, unit.id);
  return true;
}
