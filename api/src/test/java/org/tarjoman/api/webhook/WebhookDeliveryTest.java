package org.tarjoman.api.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Webhook delivery on the embedded H2 file database. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class WebhookDeliveryTest extends WebhookDeliverySpec {
}
