package org.tarjoman.core.qa;

/**
 * The stable codes of QA findings: clients (the editor, XLIFF import reports, the DONE gate) key on
 * them, so a code is never renamed or reused. Each is produced by one check family.
 */
public enum FindingCode {
    /** {@link EmptyTargetCheck} */
    EMPTY_TARGET,
    /** {@link SameAsSourceCheck} */
    SAME_AS_SOURCE,
    /** {@link UntranslatedScriptCheck} */
    UNTRANSLATED_SCRIPT,
    /** {@link NumberCheck} */
    NUMBER_MISSING,
    /** {@link NumberCheck} */
    NUMBER_EXTRA,
    /** {@link DateCheck} */
    DATE_MISMATCH,
    /** {@link TermCheck}, from the glossary's hits the caller supplies */
    TERM_MISSING,
    /** {@link TermCheck} */
    TERM_FORBIDDEN,
    /** {@link InlineCodeCheck} */
    TAG_MISSING,
    /** {@link InlineCodeCheck} */
    TAG_EXTRA,
    /** {@link InlineCodeCheck}: the codes are all there, in another order */
    TAG_ORDER,
    /** {@link PunctuationCheck} */
    PUNCTUATION,
    /** {@link SpacesCheck} */
    SPACES,
    /** {@link LengthRatioCheck} */
    LENGTH_RATIO,
    /** Reserved for LanguageTool (not built in core). */
    SPELLING,
    /** Reserved for LanguageTool (not built in core). */
    GRAMMAR
}
