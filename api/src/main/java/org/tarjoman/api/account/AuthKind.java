package org.tarjoman.api.account;

/** How a caller proved who they are: a signed-in person's session cookie, or a system's API key. */
public enum AuthKind {
    SESSION,
    KEY
}
