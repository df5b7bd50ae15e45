package org.tarjoman.memory;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a translation memory: its language pair, optionally followed by a label that keeps a
 * desk's or a client's memory apart from the pair's own: {@code fa-en}, {@code fa-en-sport},
 * {@code fa-ru-client-2}. Parsed once where a name comes in (an address, a job's memory setup, a
 * database row); everything after that speaks this type.
 *
 * <p>Rules: the pair as {@link LanguagePair#parse} reads it but written as stored (lower-case primary
 * languages, no region: a name is an identifier, not a tag to fold); the label of lower-case ASCII
 * letters, digits and {@code -}, neither starting nor ending with {@code -}; at most {@value #MAX_LENGTH}
 * characters in all (the column's width).
 *
 * @param pair  the languages of its units
 * @param label what sets it apart from the pair's own memory, or {@code null} for that memory
 */
public record MemoryName(LanguagePair pair, String label) {

    public static final int MAX_LENGTH = 40;

    private static final Pattern NAME = Pattern.compile("([a-z]{2,3})-([a-z]{2,3})(?:-([a-z0-9]+(?:-[a-z0-9]+)*))?");

    public MemoryName {
        Objects.requireNonNull(pair, "pair");
        if (label != null && !label.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("the label '" + label + "' is not lower-case ASCII letters, digits and '-'");
        }
        if (pair.code().length() + (label == null ? 0 : label.length() + 1) > MAX_LENGTH) {
            throw new IllegalArgumentException("a memory name has at most " + MAX_LENGTH + " characters");
        }
    }

    /** The pair's own memory, named by the pair alone ({@code fa-en}): the one jobs use unless told otherwise. */
    public static MemoryName of(LanguagePair pair) {
        return new MemoryName(pair, null);
    }

    /**
     * Parses {@code fa-en} or {@code fa-en-sport}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static MemoryName parse(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a memory name is required");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a memory name has at most " + MAX_LENGTH + " characters");
        }
        var matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a memory name is a language pair such as 'fa-en', optionally "
                    + "followed by a label of lower-case letters, digits and '-' ('fa-en-sport')");
        }
        LanguagePair pair = new LanguagePair(matcher.group(1), matcher.group(2));
        if (!pair.source().equals(matcher.group(1)) || !pair.target().equals(matcher.group(2))) {
            // per, fas, pes fold to fa: one memory must not answer to several names
            throw new IllegalArgumentException("write the pair as '" + pair.code() + "'");
        }
        return new MemoryName(pair, matcher.group(3));
    }

    /** Whether this is the pair's own memory ({@code fa-en}), which a first write creates. */
    public boolean bare() {
        return label == null;
    }

    /** As written: {@code fa-en-sport}. */
    public String value() {
        return label == null ? pair.code() : pair.code() + "-" + label;
    }

    @Override
    public String toString() {
        return value();
    }
}
