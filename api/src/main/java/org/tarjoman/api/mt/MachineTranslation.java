package org.tarjoman.api.mt;

import java.util.List;

/**
 * Machine translation as the workflow sees it: the engines configured for a target language, tried in
 * order (the first that answers wins), with their cache, limits and usage accounting behind it.
 */
public interface MachineTranslation {

    /** Whether any engine is configured for this target language; without one there is no MT, as before. */
    boolean configured(String targetLanguage);

    /**
     * Translates the requests (all for one target language) and answers one outcome per request, in order.
     * Never throws for an engine's failure: that is a {@link MtOutcome.Failed}.
     *
     * @param jobId the job the characters are charged to, or {@code null} outside a job
     */
    List<MtOutcome> translate(List<MtRequest> requests, Long jobId);
}
