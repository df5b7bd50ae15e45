package org.tarjoman.api.ratelimit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of request that are rate limited, each with its own limit per caller; every other
 * request (reading a job, a task's segments, a page) is not.
 * <ul>
 *   <li>{@link #LOOKUP}: memory matches (GET or POST) and concordance, of a memory or a task: a search of
 *       the index each; and the editor's QA check of a draft, sent as often as a translator pauses.</li>
 *   <li>{@link #EXPORT}: a whole memory or task rebuilt as one answer: the memory's TMX, a task's
 *       document, XLIFF (GET) and TMX.</li>
 *   <li>{@link #WRITE}: any other POST, PUT, PATCH or DELETE under {@code /api/v1}.</li>
 * </ul>
 * Account administration ({@code users}, {@code keys}, {@code audit}) and signing out are not limited.
 */
public enum RequestKind {
    WRITE("writes"),
    LOOKUP("memory lookups"),
    EXPORT("exports");

    private static final String API = "/api/v1/";
    /** Account administration and signing out: only admins reach the former, and neither costs much. */
    private static final Pattern ACCOUNTS = Pattern.compile("/api/v1/(users|keys|audit|session)(/.*)?");
    private static final Pattern LOOKUPS = Pattern.compile(
            "/api/v1/((memories|jobs/[^/]+/tasks)/[^/]+/(matches|concordance)|jobs/[^/]+/tasks/[^/]+/segments/[^/]+/check)/?");
    private static final Pattern EXPORTS = Pattern.compile(
            "/api/v1/(memories/[^/]+/export|jobs/[^/]+/tasks/[^/]+/(document|xliff|tmx))/?");

    private final String plural;

    RequestKind(String plural) {
        this.plural = plural;
    }

    /** What a request to this path with this method counts as; empty when it is not limited. */
    public static Optional<RequestKind> of(String method, String path) {
        if (!path.startsWith(API) || ACCOUNTS.matcher(path).matches()) {
            return Optional.empty();
        }
        if (LOOKUPS.matcher(path).matches()) {
            return Optional.of(LOOKUP);
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read) {
            return EXPORTS.matcher(path).matches() ? Optional.of(EXPORT) : Optional.empty();
        }
        return method.equals("OPTIONS") ? Optional.empty() : Optional.of(WRITE);
    }

    /** As named in a refusal: "writes". */
    public String plural() {
        return plural;
    }
}
