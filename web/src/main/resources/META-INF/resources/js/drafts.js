// Unsaved edits kept in localStorage until the server has them, so a reload, a crash or a lost
// network loses nothing. One key per segment: tarjoman:draft:{job}:{lang}:{segmentId}.

export function createDrafts(jobId, lang) {
  const prefix = `tarjoman:draft:${jobId}:${lang}:`;
  return {
    put(segmentId, draft) {
      try {
        localStorage.setItem(prefix + segmentId, JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the edit still lives in the page and is being saved.
      }
    },
    drop(segmentId) {
      localStorage.removeItem(prefix + segmentId);
    },
    /** Map of segment id → {target, status, hold, version}. */
    all() {
      const drafts = new Map();
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (!key.startsWith(prefix)) continue;
        try {
          drafts.set(Number(key.slice(prefix.length)), JSON.parse(localStorage.getItem(key)));
        } catch {
          localStorage.removeItem(key);
        }
      }
      return drafts;
    },
  };
}
