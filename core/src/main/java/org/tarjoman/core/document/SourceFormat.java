package org.tarjoman.core.document;

import java.util.Locale;
import java.util.Optional;

/** Formats an article can arrive in. */
public enum SourceFormat {
    TEXT,
    HTML;

    /** The format named by an API value ({@code text}, {@code html}), if it is one we read. */
    public static Optional<SourceFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text", "txt", "plain", "text/plain" -> Optional.of(TEXT);
            case "html", "htm", "text/html" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
