package org.tarjoman.api.problem;

/** The kinds of problem the API answers with: HTTP status, a stable type slug and a title. */
public enum ProblemKind {
    BAD_REQUEST(400, "bad-request", "Bad request"),
    MALFORMED_BODY(400, "malformed-body", "The body cannot be read"),
    INVALID_ENCODING(400, "invalid-encoding", "The body is not valid UTF-8"),
    VALIDATION(400, "validation", "The request is not valid"),
    EMPTY_ARTICLE(400, "empty-article", "The article has no text"),
    UNSUPPORTED_FORMAT(400, "unsupported-format", "Unsupported article format"),
    UNSUPPORTED_LANGUAGE(400, "unsupported-language", "Unsupported language"),
    UNSUPPORTED_FILE(400, "unsupported-file", "Unsupported file type"),
    INVALID_XLIFF(400, "invalid-xliff", "The XLIFF file cannot be imported"),
    INVALID_GLOSSARY_FILE(400, "invalid-glossary-file", "The glossary file cannot be imported"),
    CALLBACK_REFUSED(400, "callback-refused", "Webhooks cannot be sent to this callback URL"),
    LIMIT_EXCEEDED(400, "limit-exceeded", "The document is over a limit of its shape"),
    UNAUTHENTICATED(401, "unauthenticated", "Sign-in or an API key is needed"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    EDIT_CONFLICT(409, "edit-conflict", "The translation changed since it was read"),
    STATUS_MOVE(409, "status-move", "This status move is not allowed"),
    DUPLICATE_UNIT(409, "duplicate-unit", "The memory holds this translation already"),
    INCOMPLETE(409, "incomplete", "The task is not finished"),
    DUPLICATE_TERM(409, "duplicate-term", "The glossary holds this translation already"),
    QA_ERRORS(409, "qa-errors", "The task's QA report has errors"),
    READ_ONLY_MEMORY(409, "read-only-memory", "The memory is read-only"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    MT_NOT_CONFIGURED(409, "mt-not-configured", "No machine translation engine is configured for the language"),
    MT_FAILED(502, "mt-failed", "The machine translation engines did not answer usably"),
    INTERNAL(500, "internal", "Internal server error"),
    // Desk: submit and deliver
    INVALID_DOCX(400, "invalid-docx", "The Word file cannot be read"),
    // Operations: backup, export and import
    BACKUP_BY_PG_DUMP(409, "backup-by-pg-dump", "PostgreSQL is backed up with pg_dump, not by the app"),
    INVALID_EXPORT(400, "invalid-export", "The file is not a Tarjoman export"),
    NOT_EMPTY(409, "not-empty", "An export is only imported into an instance without jobs or memory units");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return Problem.TYPE_BASE + slug;
    }

    public String title() {
        return title;
    }

    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
