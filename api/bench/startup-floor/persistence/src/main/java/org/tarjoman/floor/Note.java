package org.tarjoman.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** The one entity of the persistence floor. */
@Entity
public class Note extends PanacheEntity {

    public String text;
}
