package org.tarjoman.memory;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The source and target language of a memory, as BCP 47 primary language subtags. A memory is named
 * by its pair: {@code fa-en}, {@code fa-ru}. Regions fold to their language ({@code fa-IR} is
 * {@code fa}) and the other codes of Persian ({@code per}, {@code fas}, {@code pes}) to {@code fa},
 * so every Persian TMX lands in the same memory.
 */
public record LanguagePair(String source, String target) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public LanguagePair {
        source = language(source);
        target = language(target);
        if (source.equals(target)) {
            throw new IllegalArgumentException("source and target language are both '" + source + "'");
        }
    }

    /** Parses a memory name such as {@code fa-en}. */
    public static LanguagePair parse(String name) {
        Objects.requireNonNull(name, "name");
        String[] parts = name.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + name + "' is not a memory name like 'fa-en'");
        }
        return new LanguagePair(parts[0], parts[1]);
    }

    /**
     * The primary language of a BCP 47 tag or TMX {@code xml:lang}, folded as described above.
     *
     * @throws IllegalArgumentException when the tag has no valid primary language
     */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a language tag is required");
        }
        String primary = tag.trim().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(primary).matches()) {
            throw new IllegalArgumentException("'" + tag + "' is not a language tag");
        }
        return switch (primary) {
            case "per", "fas", "pes" -> "fa";
            case "eng" -> "en";
            case "rus" -> "ru";
            default -> primary;
        };
    }

    /** The memory name, {@code source-target}. */
    public String code() {
        return source + "-" + target;
    }

    @Override
    public String toString() {
        return code();
    }
}
