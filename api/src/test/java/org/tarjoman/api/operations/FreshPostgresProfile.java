package org.tarjoman.api.operations;

import org.tarjoman.api.testing.PostgresProfile;

/**
 * PostgreSQL emptied for this class alone: a profile of its own makes Quarkus start the app again, and the
 * {@link PostgresProfile}'s Flyway clean-at-start empties the database, as an export is imported into.
 */
public class FreshPostgresProfile extends PostgresProfile {
}
