package org.tarjoman.api.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the short database settings operators give ({@code TARJOMAN_DB=postgresql}, {@code TARJOMAN_DB_URL},
 * {@code TARJOMAN_DB_USERNAME}, {@code TARJOMAN_DB_PASSWORD}) into the Quarkus settings of the two
 * datasources and persistence units: the chosen pair active, the other not. Quarkus' own names
 * ({@code QUARKUS_DATASOURCE__PG__JDBC_URL}…) still win over what is derived here, and
 * {@code QUARKUS_PROFILE=prod,pg} chooses PostgreSQL too (application.properties: {@code %pg.tarjoman.db}).
 */
public class DatabaseChoice implements ConfigSourceFactory {

    public static final String KIND = "tarjoman.db";
    public static final String H2 = "h2";
    public static final String PG = "pg";

    /** Above application.properties (250), below the environment (300) and system properties (400). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String kind = value(context, KIND);
        if (kind != null && !isPostgres(kind) && !H2.equalsIgnoreCase(kind.strip())) {
            throw new IllegalArgumentException("tarjoman.db (TARJOMAN_DB) must be h2 or postgresql, not '" + kind + "'");
        }
        boolean postgres = isPostgres(kind);
        String chosen = postgres ? PG : H2;
        Map<String, String> derived = new HashMap<>();
        derived.put(KIND, postgres ? "postgresql" : H2);
        derived.put("quarkus.datasource.\"" + H2 + "\".active", String.valueOf(!postgres));
        derived.put("quarkus.hibernate-orm.\"" + H2 + "\".active", String.valueOf(!postgres));
        derived.put("quarkus.datasource.\"" + PG + "\".active", String.valueOf(postgres));
        derived.put("quarkus.hibernate-orm.\"" + PG + "\".active", String.valueOf(postgres));
        copy(context, "tarjoman.db.url", "quarkus.datasource.\"" + chosen + "\".jdbc.url", derived);
        copy(context, "tarjoman.db.username", "quarkus.datasource.\"" + chosen + "\".username", derived);
        copy(context, "tarjoman.db.password", "quarkus.datasource.\"" + chosen + "\".password", derived);
        return List.of(new MapBackedConfigSource("tarjoman-database", derived, ORDINAL) {
        });
    }

    static boolean isPostgres(String kind) {
        if (kind == null) {
            return false;
        }
        String k = kind.strip().toLowerCase(Locale.ROOT);
        return k.equals("postgresql") || k.equals("postgres") || k.equals(PG);
    }

    private static void copy(ConfigSourceContext context, String from, String to, Map<String, String> into) {
        String value = value(context, from);
        if (value != null) {
            into.put(to, value);
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
