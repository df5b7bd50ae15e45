package org.tarjoman.core.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets {@code lang} on the root {@code <html>} element of a translated article, so browsers, screen
 * readers and search engines treat it as English or Russian rather than Persian. Okapi's writer
 * handles {@code dir} but not {@code lang}; the root start tag is the first {@code <html} tag.
 */
final class RootLanguage {

    private static final Pattern ROOT = Pattern.compile("<html\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANG = Pattern.compile("(\\s)lang\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    private RootLanguage() {
    }

    static String apply(String html, String language) {
        Matcher root = ROOT.matcher(html);
        if (!root.find()) {
            return html;
        }
        String tag = root.group();
        Matcher lang = LANG.matcher(tag);
        String replaced = lang.find()
                ? tag.substring(0, lang.start()) + lang.group(1) + "lang=\"" + language + "\"" + tag.substring(lang.end())
                : tag.replaceFirst("(?i)^<html", "<html lang=\"" + language + "\"");
        return html.substring(0, root.start()) + replaced + html.substring(root.end());
    }
}
