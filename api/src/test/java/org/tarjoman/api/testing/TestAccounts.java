package org.tarjoman.api.testing;

/**
 * The credentials the test profiles configure (application.properties, {@code %test.}) and
 * {@link PackagedApp} passes to the packaged app: the newsroom system's API key, the admin's
 * password, the session key, and the password every test person is given.
 */
public final class TestAccounts {

    public static final String API_KEY = "tjk_test-key-for-the-test-suite-only-0123456789";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String SESSION_KEY = "test-session-key-for-the-test-suite-only-0123456789";
    /** The target languages every test person works in. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ru");

    private TestAccounts() {
    }

    public static String passwordOf(String user) {
        return "pw-" + user + "-for-tests";
    }
}
