package org.tarjoman.api.testing;

/**
 * Who a {@link TarjomanClient} acts as: a role ({@code translator}, {@code reviewer}, {@code manager})
 * and a user name. A client without one is the newsroom system, which says nothing about itself.
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
}
