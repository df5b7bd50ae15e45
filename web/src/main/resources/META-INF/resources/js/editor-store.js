// The editor's state, owned here alone: the task's segments as the server last sent them (by id and
// in order), the user's edit of each that the server does not have yet, each segment's save state,
// the active segment, the filter, who is working, and the progress that follows from the statuses.
//
// Everything else reads it and changes it only through the named functions below; segment and edit
// records are frozen, and a change replaces them. Each change is announced to the subscribers, in
// the order they subscribed, as a small record that names what changed:
//   loaded              the task's segments arrived
//   edit {id}           the text the user sees for a segment changed (typed, restored or dropped)
//   save {id}           its save state changed (saved · unsaved · saving · error · conflict)
//   segment {id, status?, replaced?}
//                       the server's copy changed: a save's answer (status = the status sent), the
//                       other person's version (replaced = it took the place of the user's edit)
//                       or a repetition filled in by the server
//   active {from, to}   another segment became the active one
//   filter              the filter was set; which rows show is decided then and kept until the
//                       next filter, so a row does not vanish under the cursor when its status changes
//   identity            the role changed
// so views render from the store (a row from segment(id), text(id) and saveState(id)) and keep no
// copy of it.

import { rowFilter } from './row-filter.js';

export const CONFIRMED = new Set(['TRANSLATED', 'REVIEWED']);

export function createEditorStore() {
  const order = [];
  const segments = new Map();
  const edits = new Map();
  const saves = new Map();
  const taken = new Map();
  const listeners = [];
  let words = 0;
  let active = null;
  let visible = new Set();
  let identity = { role: 'translator', user: '' };

  const notify = (change) => listeners.forEach((listener) => listener(change));

  function replaceSegment(id, view) {
    segments.set(id, Object.freeze({ ...segments.get(id), ...view }));
  }

  function setSave(id, state, message = '') {
    saves.set(id, { state, message });
    notify({ type: 'save', id });
  }

  function text(id) {
    const edit = edits.get(id);
    return edit ? edit.target : segments.get(id).target ?? '';
  }

  /** The status the segment has, or is being saved to (an edit held for confirmation is not). */
  function status(id) {
    const edit = edits.get(id);
    return edit && !edit.hold ? edit.status : segments.get(id).status;
  }

  const saveState = (id) => saves.get(id)?.state ?? 'saved';
  const isReviewer = () => identity.role === 'reviewer';

  /** Open = still to do for this role, counting confirmations that are on their way to the server. */
  function isOpen(id) {
    return isReviewer() ? status(id) !== 'REVIEWED' : !CONFIRMED.has(status(id));
  }

  /** Keeps an edit the server does not have yet, leaving the save state as it is. */
  function keepEdit(id, edit) {
    edits.set(id, Object.freeze({ ...edit }));
    notify({ type: 'edit', id });
  }

  const visibleIds = () => order.filter((id) => visible.has(id));
  const group = (id) => segments.get(id).repeats ?? id;

  return {
    subscribe(listener) {
      listeners.push(listener);
    },

    // ---- reading ----------------------------------------------------------------------------

    segment: (id) => segments.get(id),
    has: (id) => segments.has(id),
    size: () => order.length,
    /** The segments in task order. */
    segments: () => order.map((id) => segments.get(id)),
    text,
    status,
    /** The user's edit the server does not have yet: {target, status, hold, version}, or undefined. */
    edit: (id) => edits.get(id),
    /** The memory match the user took as this segment's target: {target, score}, or undefined. */
    taken: (id) => taken.get(id),
    saveState,
    saveMessage: (id) => saves.get(id)?.message ?? '',
    /** How many segments are in each state other than saved: the toolbar's summary. */
    saveSummary() {
      const counts = { unsaved: 0, saving: 0, error: 0, conflict: 0 };
      for (const { state } of saves.values()) if (state in counts) counts[state] += 1;
      return counts;
    },
    activeId: () => active,
    isReviewer,
    /** Why this person cannot change the segment, or '' when they can. */
    readOnlyReason(id) {
      if (identity.readOnly) return identity.readOnly; // the server's word on this task (TaskAccess)
      return segments.get(id).status === 'REVIEWED' && !isReviewer() ? 'Reviewed: only a reviewer can change it.' : '';
    },
    /** A reviewed segment is read-only for a translator; a task someone else holds, for everyone but its people and managers. */
    canEdit: (id) => !identity.readOnly && (segments.get(id).status !== 'REVIEWED' || isReviewer()),
    isOpen,
    isVisible: (id) => visible.has(id),
    visibleIds,
    /** The segments before and after this one in the task (the context of its memory matches). */
    neighbours(id) {
      const at = order.indexOf(id);
      return { previous: segments.get(order[at - 1]), next: segments.get(order[at + 1]) };
    },
    /** The visible segment `step` rows from the active one, stopping at the first and the last. */
    step(step) {
      const shown = visibleIds();
      const at = shown.indexOf(active);
      return shown[Math.min(shown.length - 1, Math.max(0, at + step))];
    },
    /** The next open visible segment after the active one, going round to the top. */
    nextOpen() {
      const shown = visibleIds();
      const at = shown.indexOf(active);
      return [...shown.slice(at + 1), ...shown.slice(0, Math.max(at, 0))].find((id) => id !== active && isOpen(id));
    },
    /** Where to start: the first open segment, else the first. */
    firstOpen: () => order.find(isOpen) ?? order[0],
    /** The other segments with the same source (the server fills them in when one is confirmed). */
    repetitionsOf: (id) => order.filter((other) => other !== id && group(other) === group(id)),
    progress() {
      const progress = { words, wordsTranslated: 0, wordsReviewed: 0 };
      for (const s of segments.values()) {
        if (CONFIRMED.has(s.status)) progress.wordsTranslated += s.words;
        if (s.status === 'REVIEWED') progress.wordsReviewed += s.words;
      }
      return progress;
    },

    // ---- changing ---------------------------------------------------------------------------

    /** The task's segments in order, and its word count (the progress bar's whole). */
    load(views, taskWords) {
      for (const view of views) {
        order.push(view.id);
        segments.set(view.id, Object.freeze({ ...view }));
      }
      words = taskWords;
      visible = new Set(order);
      notify({ type: 'loaded' });
    },
    activate(id) {
      const from = active;
      active = id;
      notify({ type: 'active', from, to: id });
    },
    setFilter(filter) {
      const shows = rowFilter(filter);
      visible = new Set(order.filter((id) => shows(segments.get(id), text(id))));
      notify({ type: 'filter' });
    },
    setIdentity(who) {
      identity = { ...who };
      notify({ type: 'identity' });
    },
    /** The user took a memory match; a save of exactly its target says so (origin TM, its score). */
    markTaken(id, match) {
      taken.set(id, Object.freeze({ target: match.target, score: match.score, origin: match.origin ?? 'TM' }));
    },
    keepEdit,
    markUnsaved(id, edit, message = '') {
      keepEdit(id, edit);
      setSave(id, 'unsaved', message);
    },
    /** The user's text is the saved one again. */
    dropEdit(id) {
      edits.delete(id);
      notify({ type: 'edit', id });
      setSave(id, 'saved');
    },
    markSaving: (id) => setSave(id, 'saving'),
    markError: (id, message) => setSave(id, 'error', message),
    markConflict: (id, message) => setSave(id, 'conflict', message),
    /**
     * The server's answer to a save of `sent`: saved, or still unsaved when the user typed on
     * meanwhile. Answers whether the edit is settled.
     */
    applySaved(id, view, sent) {
      replaceSegment(id, view);
      const settled = edits.get(id) === sent;
      if (settled) edits.delete(id);
      setSave(id, settled ? 'saved' : 'unsaved');
      notify({ type: 'segment', id, status: sent.status });
      return settled;
    },
    /** After a conflict, the other person's version replaces the user's edit. */
    takeTheirs(id, current) {
      replaceSegment(id, current);
      edits.delete(id);
      setSave(id, 'saved');
      notify({ type: 'segment', id, replaced: true });
    },
    /** After a conflict, the user's edit stays and will be saved over the other person's version. */
    keepMine(id, current) {
      replaceSegment(id, current);
      const edit = edits.get(id);
      if (edit) edits.set(id, Object.freeze({ ...edit, version: current.version }));
      setSave(id, 'unsaved');
      notify({ type: 'segment', id });
    },
    /** Fresh server copies of `id`'s repetitions; the ones with an edit of their own are left alone. */
    /** MT drafts written in the background: taken where the user has nothing of their own in the segment. */
    applyMachineDrafts(views) {
      for (const view of views) {
        const mine = segments.get(view.id);
        if (view.origin === 'MT' && mine && !mine.target && !edits.has(view.id) && saveState(view.id) === 'saved') {
          replaceSegment(view.id, view);
          notify({ type: 'segment', id: view.id, replaced: true });
        }
      }
    },
    applyRepetitions(id, views) {
      for (const view of views) {
        const other = view.id;
        if (other !== id && segments.has(other) && group(other) === group(id) && saveState(other) === 'saved') {
          replaceSegment(other, view);
          notify({ type: 'segment', id: other });
        }
      }
    },
  };
}
