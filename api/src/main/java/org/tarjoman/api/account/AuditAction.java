package org.tarjoman.api.account;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    /** A write made with an API key; at most one entry per key and minute. */
    KEY_WRITE,
    USER_CREATED,
    USER_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    KEY_CREATED,
    KEY_REVOKED,
    XLIFF_FORCED,
    UNIT_DELETED,
    MEMORY_CREATED,
    MEMORY_CHANGED,
    /** Units of a memory deleted by a filter: the filter and the count. */
    UNITS_DELETED,
    /** A find-and-replace over a memory's targets: the operation id, what was replaced, the count. */
    UNITS_REPLACED,
    /** The memories a task reads and writes changed: the setup before and after. */
    TASK_MEMORIES_CHANGED,
    /** A glossary term added, changed (what it was) or deleted (what it said). */
    GLOSSARY_TERM_CREATED,
    GLOSSARY_TERM_CHANGED,
    GLOSSARY_TERM_DELETED,
    /** Terms imported into a glossary from CSV or TBX: the format and the counts. */
    GLOSSARY_IMPORTED,
    /** A task moved to DONE despite QA errors: the reason and the error count. */
    TASK_QA_OVERRIDDEN,
    /** A TMX import started (the file and its memory), and one cancelled (rolled back: nothing of it kept). */
    IMPORT_STARTED,
    IMPORT_CANCELLED,
    /** A task's translator or reviewer changed: the role, before and after. */
    TASK_ASSIGNED,
    /** A task's due date moved: before and after. */
    TASK_DUE_CHANGED,
    /** A manager closed a task: the reason. */
    TASK_CLOSED,
    /** A delivered task reopened for a correction: the new round and the reason. */
    TASK_REOPENED,
    /** A task's pre-translation by machine asked for: how many segments were queued. */
    MT_REQUESTED,
    /** Operations: an H2 backup written (file and size), everything exported, an export imported (the counts). */
    BACKUP_MADE,
    DATA_EXPORTED,
    DATA_IMPORTED
}
