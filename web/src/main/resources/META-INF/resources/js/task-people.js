// The job page's people part, for managers: per task, pick its translator and reviewer among the
// people who hold the role, move its due date, close it with a reason, or reopen a delivered task for
// a correction. Everyone else sees the names only (the task card's facts).

import * as api from './api.js';
import { el, formatDate } from './dom.js';

/** Who is asking and, for a manager, who can be given tasks; loaded once per page. */
export async function loadPeople() {
  const me = await api.me();
  const manager = me.roles.some((r) => r === 'manager' || r === 'admin');
  if (!manager) return { manager };
  const [translators, reviewers] = await Promise.all([api.people('translator'), api.people('reviewer')]);
  return { manager, translators, reviewers };
}

/** The task's people section, or nothing for someone who does not manage tasks. */
export function taskPeople(job, task, people, changed) {
  return el('section', { className: 'task-people', 'aria-labelledby': `people-${task.language}` },
    el('h3', { id: `people-${task.language}` }, 'People and rounds'),
    people.manager ? [assignForm(job, task, people, changed),
      task.status === 'DONE' ? reopenForm(job, task, changed) : closeForm(job, task, changed)] : null,
    rounds(task));
}

function assignForm(job, task, people, changed) {
  const lang = task.language;
  const translator = personSelect('translator', `Translator (${lang})`, people.translators, lang, task.translator);
  const reviewer = personSelect('reviewer', `Reviewer (${lang})`, people.reviewers, lang, task.reviewer);
  const due = el('input', { type: 'datetime-local', name: 'dueAt', value: localInput(task.dueAt) });
  const form = el('form', { className: 'filters assign', 'aria-label': `Assign the ${lang} task` },
    translator, reviewer, el('label', {}, `Due (${lang})`, due),
    el('button', { type: 'submit' }, 'Save people and due date'));
  const said = el('p', { role: 'status', className: 'form-status' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { translator: form.elements.translator.value, reviewer: form.elements.reviewer.value };
    if (due.value) body.dueAt = new Date(due.value).toISOString();
    send(said, () => api.updateTask(job.id, lang, body), 'Saved.', changed);
  });
  return el('div', {}, form, said);
}

function personSelect(name, label, candidates, lang, current) {
  const inLanguage = candidates.filter((p) => p.languages.length === 0 || p.languages.includes(lang));
  const options = [el('option', { value: '' }, 'unassigned'),
    ...inLanguage.map((p) => el('option', { value: p.name, selected: p.name === current }, p.name))];
  if (current && !inLanguage.some((p) => p.name === current)) {
    options.push(el('option', { value: current, selected: true }, `${current} (not a ${name} in ${lang})`));
  }
  return el('label', {}, label, el('select', { name }, options));
}

function closeForm(job, task, changed) {
  const lang = task.language;
  const reason = el('input', { type: 'text', name: 'reason', required: true, dir: 'auto', size: 30 });
  const said = el('p', { role: 'status', className: 'form-status' });
  const form = el('form', { className: 'filters', 'aria-label': `Close the ${lang} task` },
    el('label', {}, `Reason to close (${lang})`, reason),
    el('button', { type: 'submit', className: 'secondary' }, 'Close the task'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(said, () => api.updateTask(job.id, lang, { closeReason: reason.value }), 'Closed.', changed);
  });
  return el('details', { className: 'task-close' }, el('summary', {}, 'Close the task…'), form, said);
}

function reopenForm(job, task, changed) {
  const lang = task.language;
  const reason = el('textarea', { name: 'reason', required: true, dir: 'auto', rows: 2 });
  const said = el('p', { role: 'status', className: 'form-status' });
  const form = el('form', { className: 'reopen', 'aria-label': `Reopen the ${lang} task` },
    el('label', {}, `What needs correcting (${lang})`, reason),
    el('button', { type: 'submit' }, 'Reopen for a correction'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(said, () => api.reopenTask(job.id, lang, reason.value), 'Reopened.', changed);
  });
  return el('div', {}, form, said);
}

function rounds(task) {
  if (!task.reopenings?.length) return el('p', { className: 'muted' }, `Round ${task.round ?? 1}`);
  return el('ol', { className: 'rounds', 'aria-label': `Reopenings of the ${task.language} task` },
    task.reopenings.map((r) => el('li', { value: r.round },
      `Round ${r.round}: reopened by ${r.reopenedBy}, ${formatDate(r.reopenedAt)} — `,
      el('span', { dir: 'auto' }, r.reason))));
}

async function send(said, call, done, changed) {
  said.textContent = 'Saving…';
  try {
    await call();
    said.textContent = done;
    await changed();
  } catch (error) {
    said.textContent = error.message;
  }
}

/** An instant as a datetime-local input's value, in the browser's time zone. */
function localInput(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
