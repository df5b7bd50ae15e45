package org.tarjoman.core.qa;

/** Which text of the segment a finding's span is in. */
public enum Side {
    SOURCE,
    TARGET
}
