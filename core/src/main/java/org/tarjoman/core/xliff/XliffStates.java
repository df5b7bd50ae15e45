package org.tarjoman.core.xliff;

import java.util.Locale;

/**
 * Tarjoman's states and origins in the two XLIFF versions, both ways (table in core/README.md).
 *
 * <p>Writing 1.2: {@code NEW} has no target; {@code DRAFT} → {@code needs-translation},
 * {@code REJECTED} → {@code needs-translation} + {@code state-qualifier="rejected-inaccurate"},
 * {@code TRANSLATED} → {@code translated}, {@code REVIEWED} → {@code signed-off}. The origin goes to
 * {@code state-qualifier}: TM 100+ {@code exact-match}, TM below {@code fuzzy-match}, MT
 * {@code leveraged-mt}.
 *
 * <p>Writing 2.x: {@code NEW}, {@code DRAFT}, {@code REJECTED} → {@code initial},
 * {@code TRANSLATED} → {@code translated}, {@code REVIEWED} → {@code reviewed}; {@code subState} is
 * {@code tarjoman:rejected} for a rejected unit, else {@code tarjoman:} + the origin.
 *
 * <p>Reading is lenient because CAT tools use the states loosely: any state that is not yet
 * translated reads as {@code DRAFT} when the unit has a target and {@code NEW} when it has none,
 * {@code needs-review-*} reads as translated, {@code final} as reviewed, and a unit with a target but no
 * state as {@code DRAFT} (nothing is confirmed that the translator did not confirm).
 */
public final class XliffStates {

    public static final String SUBSTATE_PREFIX = "tarjoman:";
    static final String REJECTED_QUALIFIER = "rejected-inaccurate";

    private XliffStates() {
    }

    /** The 1.2 {@code state} of a unit that has a target. */
    public static String toXliff12(XliffState state) {
        return switch (state) {
            case NEW, DRAFT, REJECTED -> "needs-translation";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
        };
    }

    /** The 1.2 {@code state-qualifier}, or null. */
    public static String qualifier12(XliffState state, XliffOrigin origin, Integer score) {
        if (state == XliffState.REJECTED) {
            return REJECTED_QUALIFIER;
        }
        if (origin == null) {
            return null;
        }
        return switch (origin) {
            case TM -> score != null && score >= 100 ? "exact-match" : "fuzzy-match";
            case MT -> "leveraged-mt";
            case HUMAN, IMPORT -> null;
        };
    }

    public static XliffState fromXliff12(String state, String qualifier, boolean hasTarget) {
        if (!hasTarget) {
            return XliffState.NEW;
        }
        if (qualifier != null && qualifier.startsWith("rejected-")) {
            return XliffState.REJECTED;
        }
        if (state == null) {
            return XliffState.DRAFT;
        }
        String s = state.trim().toLowerCase(Locale.ROOT);
        if (s.equals("translated") || s.startsWith("needs-review-")) {
            return XliffState.TRANSLATED;
        }
        if (s.equals("signed-off") || s.equals("final")) {
            return XliffState.REVIEWED;
        }
        return XliffState.DRAFT; // new, needs-translation, needs-adaptation, needs-l10n, x-…
    }

    public static String toXliff2(XliffState state) {
        return switch (state) {
            case NEW, DRAFT, REJECTED -> "initial";
            case TRANSLATED -> "translated";
            case REVIEWED -> "reviewed";
        };
    }

    /** The 2.x {@code subState}, or null. */
    public static String subState2(XliffState state, XliffOrigin origin) {
        if (state == XliffState.REJECTED) {
            return SUBSTATE_PREFIX + "rejected";
        }
        return origin == null ? null : SUBSTATE_PREFIX + origin.name().toLowerCase(Locale.ROOT);
    }

    public static XliffState fromXliff2(String state, String subState, boolean hasTarget) {
        if (!hasTarget) {
            return XliffState.NEW;
        }
        String s = state == null ? "initial" : state.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "translated" -> XliffState.TRANSLATED;
            case "reviewed", "final" -> XliffState.REVIEWED;
            default -> (SUBSTATE_PREFIX + "rejected").equals(subState) ? XliffState.REJECTED : XliffState.DRAFT;
        };
    }

    /** The origin named by a 2.x {@code subState} we wrote, or null. */
    static XliffOrigin originOf(String subState) {
        if (subState == null || !subState.startsWith(SUBSTATE_PREFIX)) {
            return null;
        }
        String name = subState.substring(SUBSTATE_PREFIX.length()).toUpperCase(Locale.ROOT);
        for (XliffOrigin origin : XliffOrigin.values()) {
            if (origin.name().equals(name)) {
                return origin;
            }
        }
        return null;
    }
}
