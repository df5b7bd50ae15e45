package org.tarjoman.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * A tagged source ({@link org.tarjoman.core.document.TaggedText} syntax) split into what matching
 * needs: the plain text, tags removed and the XML entities decoded, and its inline codes with their
 * offsets in that plain text. All character offsets of {@link Difference} refer to this plain text.
 *
 * <p>Parsing is lenient and allocation-light, unlike {@code TaggedText.parse}, which validates a
 * target against its source: a stray {@code <} or {@code &} that starts no tag or entity is kept as
 * text, so any string a store holds can be matched.
 *
 * @param plain the text without tags
 * @param codes the inline codes in text order
 */
public record TaggedSource(String plain, List<Code> codes) {

    /**
     * One inline code.
     *
     * @param offset where it sits in the plain text
     * @param tag    the tag as written, e.g. {@code <g id="1">}, {@code </g>}, {@code <x id="2"/>}
     */
    public record Code(int offset, String tag) {

        /** The kind of tag without its id: {@code g}, {@code /g}, {@code x}, {@code bx}, {@code ex}. */
        public String kind() {
            if (tag.startsWith("</")) {
                return "/g";
            }
            int end = 1;
            while (end < tag.length() && " />".indexOf(tag.charAt(end)) < 0) {
                end++;
            }
            return tag.substring(1, end);
        }
    }

    public TaggedSource {
        codes = List.copyOf(codes);
    }

    public static TaggedSource parse(String tagged) {
        if (tagged.indexOf('<') < 0 && tagged.indexOf('&') < 0) {
            return new TaggedSource(tagged, List.of());
        }
        StringBuilder plain = new StringBuilder(tagged.length());
        List<Code> codes = new ArrayList<>();
        int i = 0;
        while (i < tagged.length()) {
            char c = tagged.charAt(i);
            int end;
            if (c == '<' && (end = tagEnd(tagged, i)) > 0) {
                codes.add(new Code(plain.length(), tagged.substring(i, end)));
                i = end;
            } else if (c == '&' && (end = tagged.indexOf(';', i)) > 0 && end - i <= 10 && decode(tagged, i, end, plain)) {
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        return new TaggedSource(plain.toString(), codes);
    }

    /**
     * A number that differs when the codes differ in count or kind, for the fuzzy penalty: the count in
     * the high byte, a hash of the sequence of kinds in the rest.
     */
    public int codeSignature() {
        int hash = 0;
        for (Code code : codes) {
            hash = hash * 31 + code.kind().hashCode();
        }
        return Math.min(codes.size(), 255) << 24 | hash & 0xFFFFFF;
    }

    private static int tagEnd(String s, int at) {
        int close = s.indexOf('>', at);
        if (close < 0) {
            return -1;
        }
        String name = s.startsWith("</", at) ? "/" : s.substring(at + 1, Math.min(close, at + 3));
        boolean known = name.equals("/") ? s.startsWith("</g>", at)
                : name.startsWith("g ") || name.startsWith("x ") || name.equals("bx") || name.equals("ex");
        return known ? close + 1 : -1;
    }

    private static boolean decode(String s, int amp, int semicolon, StringBuilder out) {
        String name = s.substring(amp + 1, semicolon);
        switch (name) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> {
                if (!name.startsWith("#")) {
                    return false;
                }
                try {
                    boolean hex = name.startsWith("#x") || name.startsWith("#X");
                    int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                    if (!Character.isValidCodePoint(cp) || cp == 0) {
                        return false;
                    }
                    out.appendCodePoint(cp);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
