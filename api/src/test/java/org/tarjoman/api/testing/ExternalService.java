package org.tarjoman.api.testing;

/**
 * Whether tests that need a service we do not embed (PostgreSQL, Chromium) may skip when it is
 * missing. CI runs with {@code -DrequireExternal=true} (surefire passes it on as
 * {@code tests.requireExternal}), which turns a missing service into a failure.
 */
public final class ExternalService {

    private ExternalService() {
    }

    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty("tests.requireExternal", "false"));
    }
}
