package org.tarjoman.api.job;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.TermIndexes;
import org.tarjoman.core.glossary.TermIndex;
import org.tarjoman.core.glossary.TermMatch;
import org.tarjoman.core.qa.Finding;
import org.tarjoman.core.qa.Proofreader;
import org.tarjoman.core.qa.SegmentCheck;
import org.tarjoman.core.qa.TargetLanguage;

/**
 * Core's QA checks ({@link SegmentCheck}) on a stored segment and a target, with the glossary terms
 * recognised in its source (TERM_MISSING, TERM_FORBIDDEN). A task in a language QA has no rules for
 * (the configured targets may grow beyond en and ru) gets no findings rather than an error: a save
 * must not fail for want of a check.
 *
 * <p>Spelling and grammar (LanguageTool) are in when {@code tarjoman.qa.spelling.enabled}. Loading
 * LanguageTool's languages takes seconds, so it never happens during start-up: a background thread
 * loads them 5 s after the app is up ({@code tarjoman.qa.spelling.warm-up}), or the first check does.
 */
@ApplicationScoped
public class SegmentQa {

    private static final Logger LOG = Logger.getLogger(SegmentQa.class);

    private static final long WARM_UP_DELAY_MS = 5_000;

    private final SegmentCheck check;
    private final Optional<Proofreader> proofreader;
    private final boolean warmUp;
    private final TermIndexes glossaries;

    SegmentQa(TarjomanConfig config, TermIndexes glossaries) {
        TarjomanConfig.Qa.Spelling spelling = config.qa().spelling();
        this.proofreader = spelling.enabled() ? Optional.of(new Proofreader(spelling.english())) : Optional.empty();
        this.check = proofreader.map(SegmentCheck::new).orElseGet(SegmentCheck::new);
        this.warmUp = spelling.warmUp();
        this.glossaries = glossaries;
    }

    void onStart(@Observes StartupEvent event) {
        if (warmUp && proofreader.isPresent()) {
            Thread loader = new Thread(() -> {
                try {
                    // Start-up's last steps and the first requests go first: loading takes seconds of CPU.
                    Thread.sleep(WARM_UP_DELAY_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                warmUpSpelling();
            }, "languagetool-warm-up");
            loader.setDaemon(true);
            loader.setPriority(Thread.MIN_PRIORITY);
            loader.start();
        }
    }

    /** Loads LanguageTool's languages now, if spelling is on; a save before this pays for the loading itself. */
    void warmUpSpelling() {
        proofreader.ifPresent(loaded -> {
            long started = System.nanoTime();
            loaded.warmUp();
            LOG.infof("LanguageTool (English, Russian) ready in %d ms", (System.nanoTime() - started) / 1_000_000);
        });
    }

    public List<Finding> check(SegmentEntity segment, String target, String language) {
        return check(segment, target, language, terms(language));
    }

    /** The glossary terms of a task's language as they are now: a report reads it once for all its segments. */
    public TermIndex terms(String language) {
        GlossaryPair pair = GlossaryPair.forTarget(language);
        return pair == null ? TermIndex.empty() : glossaries.index(pair);
    }

    public List<Finding> check(SegmentEntity segment, String target, String language, TermIndex terms) {
        Optional<TargetLanguage> rules = TargetLanguage.find(language);
        if (rules.isEmpty()) {
            return List.of();
        }
        return check.check(segment.source, target == null ? "" : target, rules.get(),
                TermMatch.toTermHits(terms.findInTagged(segment.source), rules.get()));
    }
}
