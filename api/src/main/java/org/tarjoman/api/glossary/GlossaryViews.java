package org.tarjoman.api.glossary;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.validation.Text;
import org.tarjoman.api.validation.TextRules;

/** The JSON shapes of the glossary endpoints. */
public final class GlossaryViews {

    /** The longest source or translation: a term is a name or a phrase, not a sentence. */
    public static final int TERM = 500;
    /** The most alternatives, and the most forbidden translations, of one term. */
    public static final int TRANSLATIONS = 20;
    public static final int DOMAIN = 60;
    public static final int NOTE = 2_000;
    /** TBX-Basic's values of partOfSpeech. */
    public static final String PARTS_OF_SPEECH = "noun|verb|adjective|adverb|properNoun|other";

    private GlossaryViews() {
    }

    @Schema(name = "GlossaryTerm")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermView(long id,
                           @Schema(examples = "پزشکیان") String source,
                           @Schema(description = "The preferred translation", examples = "Pezeshkian") String target,
                           List<String> alternatives,
                           @Schema(examples = "[\"Pezeshkiyan\"]") List<String> forbidden,
                           @Schema(examples = "properNoun") String partOfSpeech,
                           @Schema(examples = "politics") String domain,
                           String note, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

        static TermView of(TermEntity term) {
            return new TermView(term.id, term.source, term.target, term.alternatives, term.forbidden, term.partOfSpeech,
                    term.domain, term.note, term.createdBy, term.createdAt, term.updatedBy, term.updatedAt);
        }
    }

    /** A new term, or the whole of a changed one. */
    @Schema(name = "GlossaryTermRequest")
    public record TermRequest(
            @Schema(description = "The Persian term as it should be written", examples = "پزشکیان")
            @NotBlank(message = "must not be empty") @Size(max = TERM, message = TextRules.AT_MOST)
            @Text(Text.Kind.ONE_LINE) String source,
            @Schema(description = "The preferred translation", examples = "Pezeshkian")
            @NotBlank(message = "must not be empty") @Size(max = TERM, message = TextRules.AT_MOST)
            @Text(Text.Kind.ONE_LINE) String target,
            @Schema(description = "Other allowed translations")
            @Size(max = TRANSLATIONS, message = "must have at most {max} entries")
            List<@NotBlank(message = "must not be empty") @Size(max = TERM, message = TextRules.AT_MOST)
                    @Text(Text.Kind.ONE_LINE) String> alternatives,
            @Schema(description = "Translations that are errors", examples = "[\"Pezeshkiyan\"]")
            @Size(max = TRANSLATIONS, message = "must have at most {max} entries")
            List<@NotBlank(message = "must not be empty") @Size(max = TERM, message = TextRules.AT_MOST)
                    @Text(Text.Kind.ONE_LINE) String> forbidden,
            @Schema(description = "TBX-Basic part of speech", enumeration = {"noun", "verb", "adjective", "adverb",
                    "properNoun", "other"})
            @Pattern(regexp = PARTS_OF_SPEECH, message = "must be one of noun, verb, adjective, adverb, properNoun, other")
            String partOfSpeech,
            @Schema(examples = "politics") @Size(max = DOMAIN, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE)
            String domain,
            @Size(max = NOTE, message = TextRules.AT_MOST) @Text String note) {

        public List<String> alternativesOrNone() {
            return alternatives == null ? List.of() : alternatives;
        }

        public List<String> forbiddenOrNone() {
            return forbidden == null ? List.of() : forbidden;
        }
    }

    @Schema(name = "GlossaryTermPage")
    public record TermPage(List<TermView> terms, int page, int size, long total) {
    }

    /** A glossary entry as a segment's term hit shows it. */
    @Schema(name = "SegmentTermEntry")
    public record TermEntryView(long id, String source, String target, List<String> alternatives,
                                List<String> forbidden, String partOfSpeech, String domain, String note) {
    }

    /**
     * A term found in a segment's source: {@code [start, end)} in its plain text (tags out, references
     * decoded, as QA findings count), what is written there, and the entries it stands for.
     */
    @Schema(name = "SegmentTerm")
    public record SegmentTermView(int start, int end, @Schema(examples = "پزشکیانِ") String text,
                                  List<TermEntryView> terms) {
    }

    @Schema(name = "SegmentTermList")
    public record SegmentTermList(long segmentId, List<SegmentTermView> terms) {
    }
}
