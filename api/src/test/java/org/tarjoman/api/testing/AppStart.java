package org.tarjoman.api.testing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Tells the test clients that the app under test started again (another test profile, maybe another
 * database): sessions signed in before belong to the app that ran then. A JVM-wide property, since
 * each start may load the test classes anew.
 */
@ApplicationScoped
class AppStart {

    static final String PROPERTY = "tests.app-start";

    void onStart(@Observes StartupEvent event) {
        System.setProperty(PROPERTY, UUID.randomUUID().toString());
    }

    static String current() {
        return System.getProperty(PROPERTY, "none");
    }
}
