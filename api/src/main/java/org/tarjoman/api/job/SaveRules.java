package org.tarjoman.api.job;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.validation.TextRules;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedText;

/**
 * The rules every save of a translation obeys, however it arrives (the editor, an XLIFF import):
 * the person's role allows the status move ({@link Role#allowedMoves}), a translated or reviewed
 * segment has a target, the target carries exactly the source's inline codes, and its text can be
 * stored and written as XML.
 */
public final class SaveRules {

    private SaveRules() {
    }

    /** Refuses a move the role does not allow, or a confirmed status without a target. */
    public static void checkMove(Role role, TranslationStatus from, TranslationStatus to, String target) {
        Set<TranslationStatus> allowed = role.allowedMoves(from);
        if (!allowed.contains(to)) {
            throw new StatusMoveRefused("A " + role.name().toLowerCase(Locale.ROOT) + " cannot move a " + from
                    + " segment to " + to + ".", from, allowed);
        }
        if (to.confirmed() && target == null) {
            throw new InvalidTranslation("A " + to + " segment needs a target, and this one is empty.");
        }
    }

    /** The target's inline codes, checked against the source's. */
    public static List<InlineCode> targetCodes(SegmentEntity segment, String target) {
        if (target == null) {
            return List.of();
        }
        try {
            return TaggedText.parse(target, segment.codes).codes();
        } catch (InvalidTaggedTextException e) {
            throw new InvalidTranslation("The target of segment " + segment.id
                    + " does not carry the source's inline codes correctly: " + e.getMessage());
        }
    }

    /**
     * A blank target is no target. A target must fit its column and hold only characters XML can carry,
     * itself and through its references ({@link TextRules#tagged}): every target leaves again as XLIFF or TMX.
     */
    public static String target(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String problem = TextRules.length(text, Columns.TEXT);
        if (problem == null) {
            problem = TextRules.tagged(text, false);
        }
        if (problem != null) {
            throw new InvalidTranslation("The target " + problem + ".");
        }
        return text;
    }
}
