package org.tarjoman.core.qa;

import java.util.Objects;

/**
 * One problem QA found in a segment's translation.
 *
 * @param code     stable code ({@link FindingCode})
 * @param severity error or warning; a code's severity may vary (an impossible source date is a
 *                 {@code DATE_MISMATCH} warning, a wrong date an error)
 * @param message  English, naming the problem and the text concerned
 * @param span     where it is; a finding about the whole segment spans the whole target
 */
public record Finding(FindingCode code, Severity severity, String message, FindingSpan span) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
