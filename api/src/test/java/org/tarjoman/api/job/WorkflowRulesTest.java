package org.tarjoman.api.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarjoman.api.job.TranslationStatus.DRAFT;
import static org.tarjoman.api.job.TranslationStatus.NEW;
import static org.tarjoman.api.job.TranslationStatus.REJECTED;
import static org.tarjoman.api.job.TranslationStatus.REVIEWED;
import static org.tarjoman.api.job.TranslationStatus.TRANSLATED;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.Match;
import org.tarjoman.memory.MatchKind;
import org.tarjoman.memory.TranslationUnit;

/** The workflow's rules, without a database: who may move a translation where, task status, bands and pre-fill. */
class WorkflowRulesTest {

    private static final String SOURCE = "سفیر کشورمان در فدراسیون روسیه گفت: سفر پزشکیان به مسکو تاریخی خواهد بود.";
    private static final String TARGET = "Our ambassador to Russia said Pezeshkian's trip to Moscow will be historic.";

    @Nested
    class RoleMoves {

        @Test
        void translatorDraftsAndTranslatesButNeverReviews() {
            assertEquals(EnumSet.of(DRAFT, TRANSLATED), Role.TRANSLATOR.allowedMoves(NEW));
            assertEquals(EnumSet.of(DRAFT, TRANSLATED), Role.TRANSLATOR.allowedMoves(REJECTED));
        }

        @Test
        void aReviewedSegmentIsOutOfATranslatorsHands() {
            assertTrue(Role.TRANSLATOR.allowedMoves(REVIEWED).isEmpty());
        }

        @Test
        void reviewerRejectsOnlyWhatWasTranslated() {
            assertEquals(EnumSet.of(DRAFT, TRANSLATED, REVIEWED), Role.REVIEWER.allowedMoves(DRAFT));
            assertEquals(EnumSet.of(DRAFT, TRANSLATED, REVIEWED, REJECTED), Role.REVIEWER.allowedMoves(TRANSLATED));
        }

        @Test
        void nobodyMovesATranslationBackToNew() {
            for (Role role : Role.values()) {
                for (TranslationStatus from : TranslationStatus.values()) {
                    assertTrue(!role.allowedMoves(from).contains(NEW), role + " from " + from);
                }
            }
        }

        @Test
        void onlyManagersAndSystemsManageTasks() {
            assertTrue(Actor.person("mehdi", java.util.Set.of(Role.MANAGER), java.util.Set.of()).managesTasks());
            assertTrue(Actor.system("cms").managesTasks());
            assertTrue(!Actor.person("sara", java.util.Set.of(Role.TRANSLATOR, Role.REVIEWER), java.util.Set.of("en"))
                    .managesTasks());
        }
    }

    @Nested
    class SaveRulesSpec {

        @Test
        void refusesAMoveTheRoleDoesNotAllowAndSaysWhatIsAllowed() {
            StatusMoveRefused refused = assertThrows(StatusMoveRefused.class,
                    () -> SaveRules.checkMove(Role.TRANSLATOR, TRANSLATED, REVIEWED, TARGET));
            assertEquals(TRANSLATED, refused.from());
            assertEquals(EnumSet.of(DRAFT, TRANSLATED), refused.allowed());
        }

        @Test
        void aConfirmedSegmentNeedsATarget() {
            assertThrows(InvalidTranslation.class, () -> SaveRules.checkMove(Role.TRANSLATOR, DRAFT, TRANSLATED, null));
            SaveRules.checkMove(Role.TRANSLATOR, NEW, DRAFT, null);
        }

        @Test
        void aBlankTargetIsNoTarget() {
            assertNull(SaveRules.target(" \n"));
            assertEquals(TARGET, SaveRules.target(TARGET));
        }

        @Test
        void theTargetMustCarryTheSourcesInlineCodes() {
            SegmentEntity segment = new SegmentEntity();
            segment.id = 7L;
            segment.source = "سفر <g id=\"1\">تاریخی</g> خواهد بود.";
            segment.codes = List.of(new InlineCode(1, InlineCode.Kind.OPENING, 4, "b", "<b>"),
                    new InlineCode(1, InlineCode.Kind.CLOSING, 10, "b", "</b>"));
            assertEquals(2, SaveRules.targetCodes(segment, "The trip will be <g id=\"1\">historic</g>.").size());
            InvalidTranslation broken = assertThrows(InvalidTranslation.class,
                    () -> SaveRules.targetCodes(segment, "The trip will be <g id=\"2\">historic</g>."));
            assertTrue(broken.getMessage().contains("inline codes"), broken.getMessage());
        }
    }

    @Nested
    class TaskStatusFromTranslations {

        @Test
        void inTranslationUntilEverySegmentIsTranslated() {
            assertEquals(TaskStatus.IN_TRANSLATION, TaskStatus.fromTranslations(List.of(TRANSLATED, DRAFT)));
            assertEquals(TaskStatus.IN_TRANSLATION, TaskStatus.fromTranslations(List.of(REVIEWED, REJECTED)));
        }

        @Test
        void inReviewOnceEverySegmentIsTranslatedOrReviewed() {
            assertEquals(TaskStatus.IN_REVIEW, TaskStatus.fromTranslations(List.of(TRANSLATED, REVIEWED)));
        }

        @Test
        void doneWhenEverySegmentIsReviewed() {
            assertEquals(TaskStatus.DONE, TaskStatus.fromTranslations(List.of(REVIEWED, REVIEWED)));
        }

        @Test
        void aTaskWithoutSegmentsIsNeverDone() {
            assertEquals(TaskStatus.IN_TRANSLATION, TaskStatus.fromTranslations(List.of()));
        }
    }

    @Nested
    class Bands {

        @Test
        void inContextAndExactMatchesWinOverRepetition() {
            assertEquals(MatchBand.IN_CONTEXT, MatchBand.of(match(101, MatchKind.IN_CONTEXT), true));
            assertEquals(MatchBand.EXACT, MatchBand.of(match(100, MatchKind.EXACT), true));
        }

        @Test
        void aRepetitionWithoutAnExactMatchIsTranslatedOnce() {
            assertEquals(MatchBand.REPETITION, MatchBand.of(match(99, MatchKind.NORMALIZED), true));
            assertEquals(MatchBand.REPETITION, MatchBand.of(null, true));
        }

        @Test
        void fuzzyScoresFallInTheirBands() {
            assertEquals(MatchBand.FUZZY_95, MatchBand.of(match(98, MatchKind.NORMALIZED), false));
            assertEquals(MatchBand.FUZZY_85, MatchBand.of(match(85, MatchKind.FUZZY), false));
            assertEquals(MatchBand.FUZZY_75, MatchBand.of(match(84, MatchKind.FUZZY), false));
            assertEquals(MatchBand.FUZZY_50, MatchBand.of(match(MatchBand.LOWEST_SCORE, MatchKind.FUZZY), false));
            assertEquals(MatchBand.NEW, MatchBand.of(match(49, MatchKind.FUZZY), false));
            assertEquals(MatchBand.NEW, MatchBand.of(null, false));
        }
    }

    @Nested
    class Prefills {

        @Test
        void anInContextMatchIsFilledAndTranslated() {
            Prefill fill = Prefill.from(List.of(match(101, MatchKind.IN_CONTEXT)));
            assertEquals(TARGET, fill.target());
            assertEquals(TRANSLATED, fill.status());
            assertEquals(Origin.TM, fill.origin());
        }

        @Test
        void anExactOrNormalizedMatchIsADraftToCheck() {
            assertEquals(DRAFT, Prefill.from(List.of(match(100, MatchKind.EXACT))).status());
            assertEquals(DRAFT, Prefill.from(List.of(match(98, MatchKind.NORMALIZED))).status());
        }

        @Test
        void aFuzzyMatchIsOnlyOffered() {
            Prefill fill = Prefill.from(List.of(match(91, MatchKind.FUZZY)));
            assertNull(fill.target());
            assertEquals(NEW, fill.status());
            assertEquals(TARGET, fill.offeredTarget());
            assertEquals(91, fill.offeredScore());
        }

        @Test
        void noMatchLeavesTheSegmentNew() {
            assertEquals(Prefill.NONE, Prefill.from(List.of()));
        }
    }

    private static Match match(int score, MatchKind kind) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        TranslationUnit unit = new TranslationUnit(1, new LanguagePair("fa", "en"), SOURCE, TARGET, null, null, "test",
                "maryam", now, now, 0);
        return new Match(unit, score, kind, List.of());
    }
}
