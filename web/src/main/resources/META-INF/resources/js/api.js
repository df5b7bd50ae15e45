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

// Machine translation: the task's pre-translation (its progress, asking for it) and one segment's suggestion.
export const taskMt = (jobId, lang) => request(`${task(jobId, lang)}/mt`);
export const pretranslate = (jobId, lang) => request(`${task(jobId, lang)}/mt`, { method: 'POST' });
export const mtSuggestion = (jobId, lang, segmentId) =>
  request(`${task(jobId, lang)}/segments/${enc(segmentId)}/mt`, { method: 'POST' });
