// Saving segments: drafts save themselves ~800 ms after the last keystroke, confirmations at once.
// Every save sends the version it read and takes the new one from the answer. Until the server has
// an edit, the edit is kept in localStorage (drafts.js) and retried with backoff.
//
// Autosave never changes a confirmed segment's status: an edit of a NEW, DRAFT or REJECTED segment
// is saved as DRAFT, but an edit of a TRANSLATED or REVIEWED one is held (in the page and in
// localStorage, shown as unsaved) until the user confirms it again with Ctrl+Enter. Saving it as
// DRAFT would silently take a finished segment back, and saving it as TRANSLATED would write every
// half-typed pause into the memory.
//
// Row states: saved · unsaved · saving · error (retrying, or refused with a reason) · conflict.

import * as api from './api.js';
import { ApiError } from './api.js';
import { createDrafts } from './drafts.js';

const DEBOUNCE_MS = 800;
const MAX_BACKOFF_MS = 30000;
export const CONFIRMED = new Set(['TRANSLATED', 'REVIEWED']);

export function createSaver({ jobId, lang, onState, onSaved, askConflict }) {
  const drafts = createDrafts(jobId, lang);
  const entries = new Map();

  const entry = (segment) => {
    let e = entries.get(segment.id);
    if (!e) {
      e = { segment, pending: null, inflight: false, again: false, timer: 0, retry: 0, attempts: 0, state: 'saved' };
      entries.set(segment.id, e);
    }
    return e;
  };

  function setState(e, state, message = '') {
    e.state = state;
    onState(e.segment, state, message, summary());
  }

  function summary() {
    const counts = { unsaved: 0, saving: 0, error: 0, conflict: 0 };
    for (const e of entries.values()) if (e.state in counts) counts[e.state] += 1;
    return counts;
  }

  function keep(e, target, status, hold = false) {
    e.pending = { target, status, hold, version: e.segment.version };
    drafts.put(e.segment.id, e.pending);
  }

  function settle(e) {
    e.pending = null;
    drafts.drop(e.segment.id);
    setState(e, 'saved');
  }

  async function flush(e) {
    clearTimeout(e.timer);
    if (!e.pending || e.pending.hold) return;
    if (e.inflight) {
      e.again = true;
      return;
    }
    e.inflight = true;
    const sent = e.pending;
    setState(e, 'saving');
    try {
      const body = { target: sent.target, status: sent.status, version: e.segment.version };
      const taken = e.segment.taken;
      if (taken && taken.target === sent.target) Object.assign(body, { origin: 'TM', score: taken.score });
      const view = await api.saveSegment(jobId, lang, e.segment.id, body);
      Object.assign(e.segment, view);
      e.attempts = 0;
      if (e.pending === sent) settle(e);
      else setState(e, 'unsaved');
      onSaved(e.segment, sent.status);
    } catch (error) {
      await failed(e, sent, error);
    } finally {
      e.inflight = false;
    }
    if (e.again || (e.pending && e.pending !== sent && e.state === 'unsaved')) {
      e.again = false;
      flush(e);
    }
  }

  async function failed(e, sent, error) {
    if (error instanceof ApiError && error.kind === 'edit-conflict' && error.problem.current) {
      await conflict(e, error.problem.current, e.pending?.target ?? sent.target);
    } else if (error instanceof ApiError && error.status < 500) {
      setState(e, 'error', error.message);
    } else {
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** e.attempts);
      e.attempts += 1;
      setState(e, 'error', `Not saved (${error.message}); retrying in ${Math.round(delay / 1000)} s`);
      clearTimeout(e.retry);
      e.retry = setTimeout(() => flush(e), delay);
    }
  }

  async function conflict(e, current, mine) {
    setState(e, 'conflict', `Saved by ${current.author || 'someone else'} meanwhile`);
    const choice = await askConflict(e.segment, current, mine);
    Object.assign(e.segment, current);
    if (choice === 'theirs') {
      settle(e);
      onSaved(e.segment, null, true);
      return;
    }
    if (e.pending) e.pending.version = current.version;
    setState(e, 'unsaved');
    e.again = !e.pending?.hold;
  }

  return {
    /** The text the user sees for a segment: their unsaved edit, else the saved target. */
    text(segment) {
      const e = entries.get(segment.id);
      return e?.pending ? e.pending.target : segment.target ?? '';
    },
    /** The status the segment has or is being saved to. */
    status(segment) {
      const pending = entries.get(segment.id)?.pending;
      return pending && !pending.hold ? pending.status : segment.status;
    },
    state(segment) {
      return entries.get(segment.id)?.state ?? 'saved';
    },
    edit(segment, text) {
      const e = entry(segment);
      const hold = CONFIRMED.has(segment.status);
      if (text === (segment.target ?? '') && !e.inflight) {
        clearTimeout(e.timer);
        settle(e);
        return;
      }
      keep(e, text, hold ? segment.status : 'DRAFT', hold);
      setState(e, 'unsaved', hold ? 'Edited: Ctrl+Enter confirms the change' : '');
      clearTimeout(e.timer);
      if (!hold) e.timer = setTimeout(() => flush(e), DEBOUNCE_MS);
    },
    /** Saves at once with the given status (TRANSLATED, REVIEWED or REJECTED). */
    confirm(segment, text, status) {
      const e = entry(segment);
      keep(e, text, status);
      return flush(e);
    },
    /** Saves a waiting draft now (when the user leaves the row). */
    flush(segment) {
      const e = entries.get(segment.id);
      if (e) flush(e);
    },
    retryAll() {
      for (const e of entries.values()) if (e.state === 'error') flush(e);
    },
    /** Picks up edits left in localStorage by an earlier visit. */
    restore(byId) {
      for (const [id, draft] of drafts.all()) {
        const segment = byId.get(id);
        if (!segment || (draft.target === (segment.target ?? '') && draft.status === segment.status)) {
          drafts.drop(id);
          continue;
        }
        const e = entry(segment);
        e.pending = draft;
        setState(e, 'unsaved', draft.hold ? 'Edited: Ctrl+Enter confirms the change' : '');
        if (draft.version !== segment.version) {
          conflict(e, { ...segment }, draft.target).then(() => {
            if (e.again) {
              e.again = false;
              flush(e);
            }
          });
        } else if (!draft.hold) {
          flush(e);
        }
      }
    },
  };
}
