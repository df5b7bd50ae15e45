package org.tarjoman.core.xliff;

import java.util.Optional;

/** The XLIFF versions we write; the reader also takes 2.0, which 2.1 extends without changing the core. */
public enum XliffVersion {
    V1_2("1.2"),
    V2_1("2.1");

    private final String label;

    XliffVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code 1.2}, {@code 2.1} or {@code 2.0} (read as 2.1), if it is one of those. */
    public static Optional<XliffVersion> of(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return switch (label.trim()) {
            case "1.2" -> Optional.of(V1_2);
            case "2.0", "2.1", "2" -> Optional.of(V2_1);
            default -> Optional.empty();
        };
    }
}
