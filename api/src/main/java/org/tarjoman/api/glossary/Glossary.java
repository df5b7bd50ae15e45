package org.tarjoman.api.glossary;

import java.util.Map;
import java.util.HashMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.glossary.GlossaryViews.TermPage;
import org.tarjoman.api.glossary.GlossaryViews.TermRequest;
import org.tarjoman.api.glossary.GlossaryViews.TermView;
import org.tarjoman.core.glossary.TermIndex;

/**
 * A pair's glossary: its terms listed, read, added, changed and removed. Every change bumps the
 * pair's version (so each node's term index rebuilds) and is audited with who made it, in its own
 * transaction: a refused change leaves neither.
 *
 * <p>One entry per translation of a spelling: a second {@code پزشکیان} → "Pezeshkian" (or
 * {@code پزشكيان} → "pezeshkian") is a {@link DuplicateTerm} naming the first; {@code پزشکیان} →
 * "Pezeshkian" and → "Pezeshkiyan" are two entries. A translation may not be both allowed and forbidden.
 */
@ApplicationScoped
@Transactional
public class Glossary {

    private final GlossaryVersions versions;
    private final AuditLog audit;

    Glossary(GlossaryVersions versions, AuditLog audit) {
        this.versions = versions;
        this.audit = audit;
    }

    /** A page of the pair's terms, oldest first; {@code text} in the source (any spelling) or the preferred translation, {@code domain} exact. */
    public TermPage list(GlossaryPair pair, String text, String domain, int page, int size) {
        StringBuilder where = new StringBuilder("pair = :pair");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("pair", pair.value());
        if (text != null && !text.isBlank()) {
            where.append(" and (sourceKey like :key escape '\\' or lower(target) like :text escape '\\')");
            parameters.put("key", "%" + escapeLike(TermIndex.keyOf(text)) + "%");
            parameters.put("text", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (domain != null && !domain.isBlank()) {
            where.append(" and domain = :domain");
            parameters.put("domain", domain.strip());
        }
        var query = TermEntity.ROWS.find(where + " order by id", parameters);
        List<TermEntity> terms = (long) page * size > Integer.MAX_VALUE ? List.of() : query.page(page, size).list();
        return new TermPage(terms.stream().map(TermView::of).toList(), page, size, query.count());
    }

    public TermView get(GlossaryPair pair, long id) {
        return TermView.of(require(pair, id));
    }

    public TermView create(GlossaryPair pair, TermRequest request, String author) {
        TermEntity term = new TermEntity();
        term.pair = pair.value();
        term.createdBy = author;
        term.createdAt = Instant.now();
        fill(term, request, author);
        refuseDuplicate(pair, term);
        term.persist();
        versions.bump(pair);
        audit.record(author, AuditAction.GLOSSARY_TERM_CREATED, described(pair, term), term.target);
        return TermView.of(term);
    }

    public TermView update(GlossaryPair pair, long id, TermRequest request, String author) {
        TermEntity term = require(pair, id);
        String before = term.source + " → " + term.target;
        fill(term, request, author);
        refuseDuplicate(pair, term);
        versions.bump(pair);
        audit.record(author, AuditAction.GLOSSARY_TERM_CHANGED, described(pair, term), "was " + before);
        return TermView.of(term);
    }

    public void delete(GlossaryPair pair, long id, String author) {
        TermEntity term = require(pair, id);
        term.delete();
        versions.bump(pair);
        audit.record(author, AuditAction.GLOSSARY_TERM_DELETED, described(pair, term), term.source + " → " + term.target);
    }

    /** The term's fields from a request, checked beyond what the request's annotations say. */
    static void fill(TermEntity term, TermRequest request, String author) {
        term.source = request.source().strip();
        term.sourceKey = TermIndex.keyOf(term.source);
        if (term.sourceKey.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidTerm("source: has no letters or digits to recognise");
        }
        term.target = request.target().strip();
        term.targetKey = translationKey(term.target);
        term.alternatives = distinct(request.alternativesOrNone(), term.target);
        term.forbidden = distinct(request.forbiddenOrNone(), null);
        for (String forbidden : term.forbidden) {
            String key = translationKey(forbidden);
            if (key.equals(term.targetKey) || term.alternatives.stream().map(Glossary::translationKey).anyMatch(key::equals)) {
                throw new InvalidTerm("forbidden: " + forbidden + " is also an allowed translation of " + term.source);
            }
        }
        term.partOfSpeech = blankToNull(request.partOfSpeech());
        term.domain = blankToNull(request.domain());
        term.note = blankToNull(request.note());
        term.updatedBy = author;
        term.updatedAt = Instant.now();
    }

    /** "Pezeshkian", " pezeshkian" and "PEZESHKIAN" are one translation. */
    static String translationKey(String translation) {
        return translation.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void refuseDuplicate(GlossaryPair pair, TermEntity term) {
        // Not flushed first: the changed term would hit the unique constraint before it could be named.
        TermEntity.ROWS.find("pair = ?1 and sourceKey = ?2 and targetKey = ?3", pair.value(), term.sourceKey,
                        term.targetKey).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).stream()
                .filter(other -> !other.id.equals(term.id))
                .findFirst()
                .ifPresent(other -> {
                    throw new DuplicateTerm(pair, term.source, term.target, other.id);
                });
    }

    private static TermEntity require(GlossaryPair pair, long id) {
        TermEntity term = TermEntity.ROWS.findById(id);
        if (term == null || !term.pair.equals(pair.value())) {
            throw new UnknownTerm(pair, id);
        }
        return term;
    }

    /** Each translation once (case and spaces aside), stripped, without {@code except}. */
    private static List<String> distinct(List<String> translations, String except) {
        Set<String> keys = new LinkedHashSet<>();
        if (except != null) {
            keys.add(translationKey(except));
        }
        List<String> kept = new ArrayList<>();
        for (String translation : translations) {
            if (keys.add(translationKey(translation))) {
                kept.add(translation.strip());
            }
        }
        return List.copyOf(kept);
    }

    private static String described(GlossaryPair pair, TermEntity term) {
        return "glossary " + pair.value() + " term " + term.id + " " + term.source;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
