package org.tarjoman.api.glossary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.glossary.GlossaryViews.TermView;
import org.tarjoman.api.glossary.file.GlossaryRow;

/**
 * Terms read from a CSV or TBX file into a pair's glossary, all or nothing: each row is checked as
 * {@code POST …/terms} checks a term, and the first fault stops the import with its line
 * ({@link InvalidGlossaryFile}), the transaction rolled back. A row whose source (in any spelling) and
 * target the glossary or an earlier row has already is <em>merged</em> into that term: its alternatives
 * and forbidden translations are added, and its part of speech, domain and note fill what is empty.
 */
@ApplicationScoped
@Transactional
public class GlossaryImport {

    /** How many terms an import added and how many it merged into existing ones. */
    public record Outcome(int created, int merged) {
    }

    private final Validator validator;
    private final GlossaryVersions versions;
    private final AuditLog audit;

    GlossaryImport(Validator validator, GlossaryVersions versions, AuditLog audit) {
        this.validator = validator;
        this.versions = versions;
        this.audit = audit;
    }

    public Outcome importRows(GlossaryPair pair, List<GlossaryRow> rows, String format, String author) {
        Map<String, TermEntity> byTranslation = new HashMap<>();
        for (TermEntity term : TermEntity.ROWS.list("pair", pair.value())) {
            byTranslation.put(term.sourceKey + "\n" + term.targetKey, term);
        }
        int created = 0;
        int merged = 0;
        for (GlossaryRow row : rows) {
            Set<ConstraintViolation<GlossaryViews.TermRequest>> violations = validator.validate(row.term());
            if (!violations.isEmpty()) {
                ConstraintViolation<?> first = violations.stream()
                        .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                        .orElseThrow();
                throw new InvalidGlossaryFile(row.line(), first.getPropertyPath() + " " + first.getMessage() + ".");
            }
            TermEntity read = new TermEntity();
            try {
                Glossary.fill(read, row.term(), author);
            } catch (InvalidTerm e) {
                throw new InvalidGlossaryFile(row.line(), e.getMessage() + ".");
            }
            TermEntity existing = byTranslation.get(read.sourceKey + "\n" + read.targetKey);
            if (existing == null) {
                read.pair = pair.value();
                read.createdBy = author;
                read.createdAt = Instant.now();
                read.persist();
                byTranslation.put(read.sourceKey + "\n" + read.targetKey, read);
                created++;
            } else {
                merge(existing, read, row.line(), author);
                merged++;
            }
        }
        if (!rows.isEmpty()) {
            versions.bump(pair);
        }
        audit.record(author, AuditAction.GLOSSARY_IMPORTED, "glossary " + pair.value(),
                format + ": " + created + " created, " + merged + " merged");
        return new Outcome(created, merged);
    }

    /** Every term of the pair, oldest first, for an export. */
    public List<TermView> all(GlossaryPair pair) {
        return TermEntity.ROWS.list("pair = ?1 order by id", pair.value()).stream().map(TermView::of).toList();
    }

    private static void merge(TermEntity existing, TermEntity row, long line, String author) {
        existing.alternatives = union(existing.alternatives, row.alternatives, existing.target);
        existing.forbidden = union(existing.forbidden, row.forbidden, null);
        for (String forbidden : existing.forbidden) {
            String key = Glossary.translationKey(forbidden);
            if (existing.alternatives.stream().map(Glossary::translationKey).anyMatch(key::equals)) {
                throw new InvalidGlossaryFile(line, "forbidden: " + forbidden + " is an allowed translation of "
                        + existing.source + " in term " + existing.id + ".");
            }
        }
        existing.partOfSpeech = existing.partOfSpeech == null ? row.partOfSpeech : existing.partOfSpeech;
        existing.domain = existing.domain == null ? row.domain : existing.domain;
        existing.note = existing.note == null ? row.note : existing.note;
        existing.updatedBy = author;
        existing.updatedAt = Instant.now();
    }

    private static List<String> union(List<String> kept, List<String> added, String except) {
        Set<String> keys = new LinkedHashSet<>();
        if (except != null) {
            keys.add(Glossary.translationKey(except));
        }
        List<String> all = new ArrayList<>();
        for (String translation : kept) {
            if (keys.add(Glossary.translationKey(translation))) {
                all.add(translation);
            }
        }
        for (String translation : added) {
            if (keys.add(Glossary.translationKey(translation))) {
                all.add(translation);
            }
        }
        return List.copyOf(all);
    }
}
