package org.tarjoman.api.persistence;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * The database this node runs on, chosen at start ({@code TARJOMAN_DB}, see {@link DatabaseChoice}): one
 * build carries an H2 and a PostgreSQL datasource with a persistence unit each, as the Quarkus datasource
 * guide recommends for one artifact on several databases, and only the chosen pair is active. The rest of
 * the app injects a plain {@link DataSource} and {@link EntityManager}, produced here from the active pair.
 */
@ApplicationScoped
public class ActiveDatabase {

    private final boolean postgres;
    private final InjectableInstance<AgroalDataSource> h2Source;
    private final InjectableInstance<AgroalDataSource> pgSource;
    private final InjectableInstance<EntityManager> h2Entities;
    private final InjectableInstance<EntityManager> pgEntities;

    ActiveDatabase(TarjomanConfig config,
                   @io.quarkus.agroal.DataSource(DatabaseChoice.H2) InjectableInstance<AgroalDataSource> h2Source,
                   @io.quarkus.agroal.DataSource(DatabaseChoice.PG) InjectableInstance<AgroalDataSource> pgSource,
                   @PersistenceUnit(DatabaseChoice.H2) InjectableInstance<EntityManager> h2Entities,
                   @PersistenceUnit(DatabaseChoice.PG) InjectableInstance<EntityManager> pgEntities) {
        this.postgres = DatabaseChoice.isPostgres(config.db());
        this.h2Source = h2Source;
        this.pgSource = pgSource;
        this.h2Entities = h2Entities;
        this.pgEntities = pgEntities;
    }

    public boolean postgres() {
        return postgres;
    }

    @Produces
    @Singleton
    DataSource dataSource() {
        return postgres ? pgSource.get() : h2Source.get();
    }

    @Produces
    @Singleton
    EntityManager entityManager() {
        // Quarkus' EntityManager of a unit is a proxy onto the current transaction's session: one for all.
        return postgres ? pgEntities.get() : h2Entities.get();
    }
}
