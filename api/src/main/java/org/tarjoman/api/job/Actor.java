package org.tarjoman.api.job;

/** Who makes a change: the name recorded in history and memory, and the role that decides what they may do. */
public record Actor(String user, Role role) {
}
