package org.tarjoman.core.qa;

import java.util.List;

/**
 * One family of checks (one class each, its rule and a Persian example in its comment). Implementations
 * are stateless and thread-safe; each appends its findings to {@code findings}. The glossary's term
 * checks read hits the caller supplies, so a later check (LanguageTool's SPELLING/GRAMMAR) plugs in here
 * the same way.
 */
interface QaCheck {

    void check(CheckedSegment segment, List<Finding> findings);
}
