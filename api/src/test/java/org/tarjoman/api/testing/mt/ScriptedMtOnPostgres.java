package org.tarjoman.api.testing.mt;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.tarjoman.api.testing.PostgresProfile;

/** {@link ScriptedMt} on a real PostgreSQL server ({@link PostgresProfile}). */
public class ScriptedMtOnPostgres extends PostgresProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedEngine.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(ScriptedMt.SETTINGS);
        return overrides;
    }
}
