package org.tarjoman.api.persistence;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * The active database's {@link EntityManager} for code that is not a bean (entities' finders). Looked up
 * once per application start: tests start the app several times in one JVM, on H2 and on PostgreSQL.
 */
public final class Database {

    private static volatile ArcContainer container;
    private static volatile EntityManager entities;

    private Database() {
    }

    public static EntityManager entities() {
        ArcContainer current = Arc.container();
        EntityManager known = entities;
        if (known == null || container != current) {
            known = current.instance(EntityManager.class).get();
            entities = known;
            container = current;
        }
        return known;
    }
}
