package org.tarjoman.core.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.abstractmarkup.config.TaggedFilterConfiguration;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.html.Parameters;

import org.tarjoman.core.document.BlockType;

/**
 * Runs Okapi's HTML filter with our configuration ({@code tarjoman-html.yml}) and answers the
 * few questions the reader and writer ask about its text units. Okapi types stay in this package.
 */
final class OkapiHtml {

    private static final String CONFIGURATION = load("tarjoman-html.yml");

    /** Text units of these elements are headings; {@code <title>} is the page's headline. */
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "title");

    private OkapiHtml() {
    }

    /** A new filter (filters are stateful, one per document). */
    static HtmlFilter newFilter() {
        HtmlFilter filter = new HtmlFilter();
        filter.setParameters(new Parameters(CONFIGURATION));
        return filter;
    }

    /**
     * Whether an element is inline ({@code b a br span}…) in the filter's configuration: Okapi makes
     * it a code of the text unit around it. Answers are kept for the filter's one document.
     */
    static Predicate<String> inlineElements(HtmlFilter filter) {
        TaggedFilterConfiguration rules = ((Parameters) filter.getParameters()).getTaggedConfig();
        Map<String, Boolean> known = new HashMap<>();
        return name -> known.computeIfAbsent(name,
                n -> rules.getElementRuleTypes(n, false).contains(TaggedFilterConfiguration.RULE_TYPE.INLINE_ELEMENT));
    }

    /** Feeds every event of {@code html} to {@code sink}, in document order. */
    static void events(HtmlFilter filter, String html, String language, Consumer<Event> sink) {
        // From UTF-8 bytes, not a CharSequence: Okapi would otherwise declare the page UTF-16 in the
        // <meta> it adds to a <head> without a charset.
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        filter.open(new RawDocument(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(),
                LocaleId.fromString(language)));
        try {
            while (filter.hasNext()) {
                sink.accept(filter.next());
            }
        } finally {
            filter.close();
        }
    }

    /** Whether an event is a text unit we segment (not a sub-unit of an attribute, not translate="no"). */
    static boolean isArticleText(Event event) {
        return event.isTextUnit() && event.getTextUnit().isTranslatable() && !event.getTextUnit().isReferent();
    }

    static TextFragment content(ITextUnit unit) {
        return unit.getSource().getUnSegmentedContentCopy();
    }

    static BlockType blockType(ITextUnit unit) {
        String type = unit.getType() == null ? "" : unit.getType().toLowerCase(Locale.ROOT);
        return HEADINGS.contains(type) ? BlockType.HEADING : BlockType.PARAGRAPH;
    }

    private static String load(String name) {
        try (InputStream in = OkapiHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
