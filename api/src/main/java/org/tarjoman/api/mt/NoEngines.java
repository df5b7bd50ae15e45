package org.tarjoman.api.mt;

import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** No engine configured: no MT. Replaced by the configured engines' bean. */
@DefaultBean
@ApplicationScoped
public class NoEngines implements MachineTranslation {

    @Override
    public boolean configured(String targetLanguage) {
        return false;
    }

    @Override
    public List<MtOutcome> translate(List<MtRequest> requests, Long jobId) {
        return Collections.nCopies(requests.size(), new MtOutcome.Failed("none", "no machine translation engine is configured"));
    }
}
