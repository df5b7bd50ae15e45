package org.tarjoman.api.persistence;

/** An entity that saves and removes itself in the active database (see {@link Rows} for its queries). */
public abstract class StoredEntity {

    public void persist() {
        Database.entities().persist(this);
    }

    public void delete() {
        Database.entities().remove(this);
    }
}
