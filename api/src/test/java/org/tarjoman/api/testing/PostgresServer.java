package org.tarjoman.api.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server for persistence tests: {@code TARJOMAN_TEST_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/tarjoman_test}), {@code TARJOMAN_TEST_PG_USER} and
 * {@code TARJOMAN_TEST_PG_PASSWORD} (default {@code tarjoman}). {@code .ci/run} creates it.
 */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static String url() {
        return env("TARJOMAN_TEST_PG_URL", "jdbc:postgresql://localhost:5432/tarjoman_test");
    }

    public static String user() {
        return env("TARJOMAN_TEST_PG_USER", "tarjoman");
    }

    public static String password() {
        return env("TARJOMAN_TEST_PG_PASSWORD", "tarjoman");
    }

    /** Why the server cannot be used, or null when it answers. */
    static String unavailableReason() {
        try (Connection ignored = DriverManager.getConnection(url(), user(), password())) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at " + url() + " is not reachable (" + e.getMessage() + ")";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
