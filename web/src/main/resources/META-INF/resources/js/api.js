// The REST contract as functions. Errors come back as ApiError carrying the problem+json body.
// The session cookie goes along by itself; writes echo the CSRF cookie in X-CSRF-Token. A 401 means
// the session ended: off to the sign-in page.

import { csrfToken } from './identity.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The problem type's slug, e.g. "edit-conflict". */
  get kind() {
    return (this.problem.type || '').split('#').pop();
  }
}

async function request(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken();
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) location.assign('/sign-in.html');
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

const enc = encodeURIComponent;
const task = (jobId, lang) => `/api/v1/jobs/${enc(jobId)}/tasks/${enc(lang)}`;

export const jobs = (filters) => {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '' && v != null));
  return request(`/api/v1/jobs?${query}`);
};
export const me = () => request('/api/v1/me');
export const signOut = () => request('/api/v1/session/sign-out', { method: 'POST' });
export const job = (jobId) => request(`/api/v1/jobs/${enc(jobId)}`);
export const segments = (jobId, lang) => request(`${task(jobId, lang)}/segments?size=2000`);
export const saveSegment = (jobId, lang, segmentId, body) =>
  request(`${task(jobId, lang)}/segments/${enc(segmentId)}`, { method: 'PUT', body });
/** The QA findings of a draft target; nothing is saved. */
export const checkSegment = (jobId, lang, segmentId, target) =>
  request(`${task(jobId, lang)}/segments/${enc(segmentId)}/check`, { method: 'POST', body: { target } });
/** The segment's placeables, each with its form in the task's language (`localized`). */
export const placeables = (jobId, lang, segmentId) => request(`${task(jobId, lang)}/segments/${enc(segmentId)}/placeables`);
/** The task's QA report: every translated segment's findings. */
export const taskQa = (jobId, lang) => request(`${task(jobId, lang)}/qa`);
/** Matches from the memories the task reads (its read list, with penalties), each naming its memory. */
export const taskMatches = (jobId, lang, body) => request(`${task(jobId, lang)}/matches`, { method: 'POST', body });
/** Concordance in the memories the task reads, the first one's hits first, each naming its memory. */
export const concordance = (jobId, lang, q, side) =>
  request(`${task(jobId, lang)}/concordance?${new URLSearchParams({ q, side, limit: 20 })}`);
export const segmentation = (text) =>
  request('/api/v1/segmentation', { method: 'POST', body: { text, format: 'text', language: 'fa' } });

/** Download addresses of a task; the XLIFF and TMX ones answer once the XLIFF work is merged. */
export const downloads = (jobId, lang) => [
  { label: 'Document', href: `${task(jobId, lang)}/document` },
  { label: 'Document (partial)', href: `${task(jobId, lang)}/document?partial=true` },
  { label: 'XLIFF 1.2', href: `${task(jobId, lang)}/xliff?version=1.2` },
  { label: 'XLIFF 2.1', href: `${task(jobId, lang)}/xliff?version=2.1` },
  { label: 'TMX', href: `${task(jobId, lang)}/tmx` },
];

// Accounts: admin only.
export const users = () => request('/api/v1/users');
export const createUser = (body) => request('/api/v1/users', { method: 'POST', body });
export const changeUser = (name, body) => request(`/api/v1/users/${enc(name)}`, { method: 'PUT', body });
export const disableUser = (name) => request(`/api/v1/users/${enc(name)}/disable`, { method: 'POST' });
export const enableUser = (name) => request(`/api/v1/users/${enc(name)}/enable`, { method: 'POST' });
export const resetPassword = (name, password) =>
  request(`/api/v1/users/${enc(name)}/password`, { method: 'PUT', body: { password } });
export const keys = () => request('/api/v1/keys');
export const createKey = (body) => request('/api/v1/keys', { method: 'POST', body });
export const revokeKey = (id) => request(`/api/v1/keys/${enc(id)}`, { method: 'DELETE' });
export const audit = (page, size) => request(`/api/v1/audit?${new URLSearchParams({ page, size })}`);

// Memory maintenance: search and statistics need memory:read, deletion and replacement memory:write.
const memory = (name) => `/api/v1/memories/${enc(name)}`;
const query = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null));
export const memories = () => request('/api/v1/memories');
export const searchUnits = (name, filter) => request(`${memory(name)}/units?${query(filter)}`);
export const deleteUnits = (name, filter) => request(`${memory(name)}/units?${query(filter)}`, { method: 'DELETE' });
export const previewReplacement = (name, body) => request(`${memory(name)}/replacements/preview`, { method: 'POST', body });
export const replaceInTargets = (name, body) => request(`${memory(name)}/replacements`, { method: 'POST', body });
export const unitHistory = (name, id) => request(`${memory(name)}/units/${enc(id)}/history`);
export const memoryStatistics = (name, filter) => request(`${memory(name)}/statistics?${query(filter)}`);

// Memories page: TMX imports followed by their progress (memory:read), started and cancelled (memory:write);
// a unit corrected or removed; glossaries by pair (read with jobs:read or memory:read, written with glossary:write).
/** Sends a file as the body (a FormData goes as multipart/form-data, its boundary set by the browser). */
async function sendFile(path, body, contentType) {
  const headers = { Accept: 'application/json', 'X-CSRF-Token': csrfToken() };
  if (contentType) headers['Content-Type'] = contentType;
  const response = await fetch(path, { method: 'POST', headers, body });
  if (response.status === 401) location.assign('/sign-in.html');
  const data = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}
export const importTmx = (name, file) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return sendFile(`${memory(name)}/import`, form);
};
export const imports = (params) => request(`/api/v1/imports?${query(params)}`);
export const importStatus = (id) => request(`/api/v1/imports/${enc(id)}`);
export const cancelImport = (id) => request(`/api/v1/imports/${enc(id)}/cancel`, { method: 'POST' });
export const memoryExport = (name) => `${memory(name)}/export`;
export const unit = (name, id) => request(`${memory(name)}/units/${enc(id)}`);
export const correctUnit = (name, id, body) => request(`${memory(name)}/units/${enc(id)}`, { method: 'PUT', body });
export const deleteUnit = (name, id) => request(`${memory(name)}/units/${enc(id)}`, { method: 'DELETE' });
const glossary = (pair) => `/api/v1/glossaries/${enc(pair)}`;
export const terms = (pair, params) => request(`${glossary(pair)}/terms?${query(params)}`);
export const createTerm = (pair, body) => request(`${glossary(pair)}/terms`, { method: 'POST', body });
export const updateTerm = (pair, id, body) => request(`${glossary(pair)}/terms/${enc(id)}`, { method: 'PUT', body });
export const deleteTerm = (pair, id) => request(`${glossary(pair)}/terms/${enc(id)}`, { method: 'DELETE' });
/** Imports a CSV or TBX file (format 'csv' or 'tbx'); a bad file answers 400 naming its line and reason. */
export const importGlossary = (pair, format, file) => sendFile(`${glossary(pair)}/terms.${format}`, file,
  format === 'csv' ? 'text/csv' : 'application/x-tbx+xml');
export const glossaryExport = (pair, format) => `${glossary(pair)}/terms.${format}`;
// People on the desk: who can be given a task, a person's own work, assignment and reopening.
/** Enabled people holding a role (translator or reviewer), in a language if given. */
export const people = (role, language) => request(`/api/v1/people?${query({ role, language })}`);
export const myWork = () => request('/api/v1/my-work');
/** Assigns, moves the due date or closes a task (a manager's); {status: 'DONE'} finishes a reviewed one. */
export const updateTask = (jobId, lang, body) => request(task(jobId, lang), { method: 'PUT', body });
export const reopenTask = (jobId, lang, reason) => request(`${task(jobId, lang)}/reopen`, { method: 'POST', body: { reason } });
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The source language and the target languages the server is configured for. */
export const languages = () => request('/api/v1/languages');
/** The segmentation preview of pasted text ('text' or 'html'). */
export const segmentAs = (text, format) =>
  request('/api/v1/segmentation', { method: 'POST', body: { text, format, language: 'fa' } });
/** The segmentation preview of a Word file, sent as it is. */
export const segmentWord = (file) => sendFile('/api/v1/segmentation', file, DOCX);
/** Submits pasted text as JSON: {title, externalId, targetLanguages, format, content, dueAt}. */
export const submitJob = (body) => request('/api/v1/jobs', { method: 'POST', body });
/** Submits a file (.txt, .html, .docx) as a form with the same fields. */
export const uploadJob = (file, fields) => {
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
  return sendFile('/api/v1/jobs', form);
};
/** What a revision changed against the previous one. */
export const jobChanges = (jobId) => request(`/api/v1/jobs/${enc(jobId)}/changes`);
/** A task's downloads with the bilingual review document. */
export const deliveries = (jobId, lang) => [
  ...downloads(jobId, lang),
  { label: 'Review document (side by side, prints and opens in Word)', href: `${task(jobId, lang)}/review-document` },
];
// Machine translation: the task's pre-translation (its progress, asking for it) and one segment's suggestion.
export const taskMt = (jobId, lang) => request(`${task(jobId, lang)}/mt`);
export const pretranslate = (jobId, lang) => request(`${task(jobId, lang)}/mt`, { method: 'POST' });
export const mtSuggestion = (jobId, lang, segmentId) =>
  request(`${task(jobId, lang)}/segments/${enc(segmentId)}/mt`, { method: 'POST' });
