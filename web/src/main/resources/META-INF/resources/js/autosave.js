// Saving segments: drafts save themselves ~800 ms after the last keystroke, confirmations at once,
// and a waiting draft as soon as the user leaves its row. Every save sends the version it read and
// takes the new one from the answer. Until the server has an edit, the edit is kept in localStorage
// (drafts.js) and retried with backoff.
//
// Autosave never changes a confirmed segment's status: an edit of a NEW, DRAFT or REJECTED segment
// is saved as DRAFT, but an edit of a TRANSLATED or REVIEWED one is held (in the page and in
// localStorage, shown as unsaved) until the user confirms it again with Ctrl+Enter. Saving it as
// DRAFT would silently take a finished segment back, and saving it as TRANSLATED would write every
// half-typed pause into the memory.
//
// The edits, the segments and their save states live in the store (editor-store.js); what the
// saver keeps of its own is only its timers and which saves are on the way.

import * as api from './api.js';
import { ApiError } from './api.js';
import { createDrafts } from './drafts.js';
import { CONFIRMED } from './editor-store.js';

const DEBOUNCE_MS = 800;
const MAX_BACKOFF_MS = 30000;
const HELD = 'Edited: Ctrl+Enter confirms the change';

export function createSaver({ jobId, lang, store, askConflict }) {
  const drafts = createDrafts(jobId, lang);
  const entries = new Map();

  const entry = (id) => {
    let e = entries.get(id);
    if (!e) {
      e = { inflight: false, again: false, timer: 0, retry: 0, attempts: 0 };
      entries.set(id, e);
    }
    return e;
  };

  function keep(id, target, status, hold = false) {
    const edit = { target, status, hold, version: store.segment(id).version };
    drafts.put(id, edit);
    return edit;
  }

  async function flush(id) {
    const e = entry(id);
    clearTimeout(e.timer);
    const sent = store.edit(id);
    if (!sent || sent.hold) return;
    if (e.inflight) {
      e.again = true;
      return;
    }
    e.inflight = true;
    store.markSaving(id);
    try {
      const body = { target: sent.target, status: sent.status, version: store.segment(id).version };
      const taken = store.taken(id);
      if (taken && taken.target === sent.target) {
        Object.assign(body, taken.origin === 'MT' ? { origin: 'MT' } : { origin: 'TM', score: taken.score });
      }
      const view = await api.saveSegment(jobId, lang, id, body);
      e.attempts = 0;
      if (store.applySaved(id, view, sent)) drafts.drop(id);
    } catch (error) {
      await failed(id, sent, error);
    } finally {
      e.inflight = false;
    }
    const pending = store.edit(id);
    if (e.again || (pending && pending !== sent && store.saveState(id) === 'unsaved')) {
      e.again = false;
      flush(id);
    }
  }

  async function failed(id, sent, error) {
    const e = entry(id);
    if (error instanceof ApiError && error.kind === 'edit-conflict' && error.problem.current) {
      await conflict(id, error.problem.current, store.edit(id)?.target ?? sent.target);
    } else if (error instanceof ApiError && error.status < 500) {
      store.markError(id, error.message);
    } else {
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** e.attempts);
      e.attempts += 1;
      store.markError(id, `Not saved (${error.message}); retrying in ${Math.round(delay / 1000)} s`);
      clearTimeout(e.retry);
      e.retry = setTimeout(() => flush(id), delay);
    }
  }

  async function conflict(id, current, mine) {
    store.markConflict(id, `Saved by ${current.author || 'someone else'} meanwhile`);
    const choice = await askConflict(store.segment(id), current, mine);
    if (choice === 'theirs') {
      store.takeTheirs(id, current);
      drafts.drop(id);
      return;
    }
    store.keepMine(id, current);
    entry(id).again = !store.edit(id)?.hold;
  }

  store.subscribe((change) => {
    if (change.type === 'active' && change.from != null && entries.has(change.from)) flush(change.from);
  });

  return {
    /** The user typed: the text is kept, and saved as a draft after a pause unless it is held. */
    edit(id, text) {
      const e = entry(id);
      const segment = store.segment(id);
      const hold = CONFIRMED.has(segment.status);
      if (text === (segment.target ?? '') && !e.inflight) {
        clearTimeout(e.timer);
        store.dropEdit(id);
        drafts.drop(id);
        return;
      }
      store.markUnsaved(id, keep(id, text, hold ? segment.status : 'DRAFT', hold), hold ? HELD : '');
      clearTimeout(e.timer);
      if (!hold) e.timer = setTimeout(() => flush(id), DEBOUNCE_MS);
    },
    /** Saves at once with the given status (TRANSLATED, REVIEWED or REJECTED). */
    confirm(id, text, status) {
      store.keepEdit(id, keep(id, text, status));
      return flush(id);
    },
    retryAll() {
      for (const id of entries.keys()) if (store.saveState(id) === 'error') flush(id);
    },
    /** Picks up edits left in localStorage by an earlier visit. */
    restore() {
      for (const [id, draft] of drafts.all()) {
        const segment = store.segment(id);
        if (!segment || (draft.target === (segment.target ?? '') && draft.status === segment.status)) {
          drafts.drop(id);
          continue;
        }
        const e = entry(id);
        store.markUnsaved(id, draft, draft.hold ? HELD : '');
        if (draft.version !== segment.version) {
          conflict(id, { ...segment }, draft.target).then(() => {
            if (e.again) {
              e.again = false;
              flush(id);
            }
          });
        } else if (!draft.hold) {
          flush(id);
        }
      }
    },
  };
}
