package org.tarjoman.memory.tmx;

import java.util.Set;
import java.util.TreeSet;

import org.tarjoman.memory.LanguagePair;

/**
 * Not one translation unit of the TMX has both languages of the memory: the file was most likely sent
 * to the wrong memory, so it is rejected as a whole rather than reported as thousands of skipped units.
 */
public final class TmxLanguageException extends TmxException {

    private final LanguagePair pair;
    private final Set<String> languagesFound;

    public TmxLanguageException(LanguagePair pair, Set<String> languagesFound) {
        super("TMX has no " + pair.source() + "→" + pair.target() + " units: languages found: "
                + (languagesFound.isEmpty() ? "none" : String.join(", ", new TreeSet<>(languagesFound))), null);
        this.pair = pair;
        this.languagesFound = Set.copyOf(languagesFound);
    }

    public LanguagePair pair() {
        return pair;
    }

    /** The folded primary languages of the file's {@code tuv}s. */
    public Set<String> languagesFound() {
        return languagesFound;
    }
}
