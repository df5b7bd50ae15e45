package org.tarjoman.floor;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one resource of the persistence floor: reads the entity's table. */
@Path("/notes")
public class Notes {

    @GET
    public List<Note> all() {
        return Note.listAll();
    }
}
