package org.tarjoman.api.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.job.JobViews.MemoryReadRequest;
import org.tarjoman.api.job.JobViews.MemorySetupRequest;
import org.tarjoman.api.memory.MemoryCatalog;
import org.tarjoman.api.memory.MemoryRecord;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MemoryName;

/**
 * Checks the memory setup a submission asks for, per target language, before anything of the job is
 * stored: every name is a memory of the task's pair that exists (or the pair's own, which a first
 * write makes), none is read twice, and the memory written to is not read-only (409). What is left
 * out is the standard: the pair's own memory, read at no penalty and written to.
 */
@ApplicationScoped
public class MemorySetups {

    private final MemoryCatalog catalog;

    MemorySetups(MemoryCatalog catalog) {
        this.catalog = catalog;
    }

    /** The setup of each target language; languages the request leaves out get the standard one. */
    public Map<String, MemorySetup> resolve(String sourceLanguage, List<String> targets,
                                            Map<String, MemorySetupRequest> requested) {
        Map<String, MemorySetupRequest> asked = new java.util.HashMap<>();
        if (requested != null) {
            requested.forEach((language, setup) -> {
                String key = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
                if (!targets.contains(key)) {
                    throw invalid("memories names '" + language + "', which is not one of the target languages ("
                            + String.join(", ", targets) + ").");
                }
                asked.put(key, setup);
            });
        }
        Map<String, MemorySetup> setups = new java.util.LinkedHashMap<>();
        for (String language : targets) {
            LanguagePair pair = new LanguagePair(sourceLanguage, language);
            setups.put(language, resolve(pair, "memories." + language + ".", asked.get(language)));
        }
        return setups;
    }

    /**
     * The setup one task asks for when it is changed, checked as at job creation; what it leaves out is
     * the standard, as there. Problems name the fields as the request has them ({@code read[0].name}).
     */
    public MemorySetup resolve(LanguagePair pair, MemorySetupRequest request) {
        return resolve(pair, "", request);
    }

    private MemorySetup resolve(LanguagePair pair, String prefix, MemorySetupRequest request) {
        MemorySetup standard = MemorySetup.standard(pair);
        if (request == null) {
            return standard;
        }
        List<MemorySetup.Read> reads = new ArrayList<>();
        Set<MemoryName> seen = new HashSet<>();
        List<MemoryReadRequest> asked = request.read() == null || request.read().isEmpty() ? null : request.read();
        if (asked == null) {
            reads.addAll(standard.read());
        } else {
            for (int i = 0; i < asked.size(); i++) {
                MemoryReadRequest read = asked.get(i);
                String where = prefix + "read[" + i + "].name";
                MemoryName name = existing(pair, where, read == null ? null : read.name());
                if (!seen.add(name)) {
                    throw invalid(where + ": memory '" + name + "' is read twice.");
                }
                reads.add(new MemorySetup.Read(name.value(), read.penalty() == null ? 0 : read.penalty()));
            }
        }
        MemoryName write = request.write() == null || request.write().isBlank() ? MemoryName.of(pair)
                : existing(pair, prefix + "write", request.write());
        catalog.checkWritable(write);
        return new MemorySetup(reads, write.value());
    }

    /** A memory of this pair that exists, or the pair's own. */
    private MemoryName existing(LanguagePair pair, String where, String value) {
        MemoryName name;
        try {
            name = MemoryName.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": '" + value + "' is not a memory name: " + e.getMessage() + ".");
        }
        if (!name.pair().equals(pair)) {
            throw invalid(where + ": memory '" + name + "' is " + name.pair() + ", not " + pair + " as the task.");
        }
        if (!name.bare() && catalog.find(name).map(MemoryRecord::name).isEmpty()) {
            throw invalid(where + ": there is no memory '" + name + "'; create it first (POST /api/v1/memories).");
        }
        return name;
    }

    private static InvalidJobRequest invalid(String detail) {
        return new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, detail);
    }
}
