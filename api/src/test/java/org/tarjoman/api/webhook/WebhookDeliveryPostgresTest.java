package org.tarjoman.api.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.RequiresPostgres;

/** Webhook delivery on a real PostgreSQL server, where several nodes share the outbox. */
@QuarkusTest
@TestProfile(WebhookPostgresTestProfile.class)
@RequiresPostgres
class WebhookDeliveryPostgresTest extends WebhookDeliverySpec {
}
