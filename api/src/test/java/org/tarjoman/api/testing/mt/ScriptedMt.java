package org.tarjoman.api.testing.mt;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app with {@link ScriptedEngine} as its machine translation, polling its queue often. */
public class ScriptedMt implements QuarkusTestProfile {

    static final Map<String, String> SETTINGS = Map.of(
            "tarjoman.pretranslation.poll-interval", "200ms",
            "tarjoman.pretranslation.lease", "20s");

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedEngine.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return SETTINGS;
    }
}
