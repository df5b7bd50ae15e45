// Overdue, said in words as well as colour: a task past its due date that is not done.

import { el } from './dom.js';

export function isOverdue(dueAt, status) {
  return Boolean(dueAt) && status !== 'DONE' && new Date(dueAt) < new Date();
}

export function overdueMarker() {
  return el('span', { className: 'badge overdue-marker' }, 'Overdue');
}
