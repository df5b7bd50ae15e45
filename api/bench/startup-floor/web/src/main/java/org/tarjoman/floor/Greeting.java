package org.tarjoman.floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one resource of the web floor. */
@Path("/greeting")
public class Greeting {

    @GET
    public String greet() {
        return "salam";
    }
}
