package org.tarjoman.api.testing;

/**
 * Who a {@link TarjomanClient} acts as: a role ({@code translator}, {@code reviewer}, {@code manager},
 * {@code admin}) and a user name; the person is created with that role (added to the roles they
 * have) and signs in on first use. A client without one is the newsroom system, with its API key.
 */
public record Identity(String role, String user) {

    public static Identity translator(String user) {
        return new Identity("translator", user);
    }

    public static Identity reviewer(String user) {
        return new Identity("reviewer", user);
    }

    public static Identity manager(String user) {
        return new Identity("manager", user);
    }

    public static Identity admin(String user) {
        return new Identity("admin", user);
    }
}
