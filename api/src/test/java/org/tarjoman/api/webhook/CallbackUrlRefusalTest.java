package org.tarjoman.api.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * A newsroom submitting a job whose callback URL points inside the network hears so at once (400
 * {@code callback-refused} naming the address class), and no job is made. The test profile allows
 * 127.0.0.1 only, where the tests' receivers listen. No request is sent to any of these addresses:
 * they are only resolved (literals without DNS).
 */
@QuarkusTest
class CallbackUrlRefusalTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final String ARTICLE = "رئیس‌جمهور ایران روز سه‌شنبه به مسکو سفر می‌کند.";

    @Test
    void shouldRefuseTheCloudMetadataService() {
        refused("http://169.254.169.254/latest/meta-data/iam/")
                .body("detail", containsString("169.254.169.254 is a link-local address"));
    }

    @Test
    void shouldRefuseTheMetadataServiceByNameWhetherOrNotItResolvesHere() {
        // inside Google Cloud it resolves to 169.254.169.254; on this machine it does not resolve at all
        refused("http://metadata.google.internal/computeMetadata/v1/")
                .body("detail", org.hamcrest.Matchers.anyOf(
                        containsString("metadata.google.internal resolves to 169.254.169.254, a link-local address"),
                        containsString("metadata.google.internal cannot be resolved")));
    }

    @Test
    void shouldRefuseAPrivateAddress() {
        refused("http://10.0.0.1/hooks").body("detail", containsString("10.0.0.1 is a private address"));
    }

    @Test
    void shouldRefuseLoopbackNotOnTheAllowList() {
        refused("http://[::1]:8080/hooks").body("detail", containsString("[::1] is a loopback address"));
        refused("http://127.0.0.2/hooks").body("detail", containsString("127.0.0.2 is a loopback address"));
    }

    @Test
    void shouldRefuseLoopbackSpelledAsOneNumberEvenWhenAllowed() {
        refused("http://0x7f000001/hooks")
                .body("detail", containsString("0x7f000001 is 127.0.0.1, a loopback address, in a spelling clients read differently"));
        refused("http://2130706433/hooks")
                .body("detail", containsString("2130706433 is 127.0.0.1, a loopback address, in a spelling clients read differently"));
    }

    @Test
    void shouldAcceptAnAllowedInHouseReceiverAndAPublicAddress() {
        submit("http://127.0.0.1:9/hooks/tarjoman").statusCode(201);
        submit("https://93.184.215.14/hooks/tarjoman").statusCode(201);
    }

    private static ValidatableResponse refused(String callbackUrl) {
        String externalId = "irna/" + UUID.randomUUID();
        ValidatableResponse response = submit(callbackUrl, externalId).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems.html#callback-refused"))
                .body("detail", containsString("callbackUrl is refused"))
                .body("detail", containsString("tarjoman.webhooks.allowed-hosts"));
        NEWSROOM.jobs().list(Map.of("q", externalId)).then().statusCode(200).body("total", equalTo(0));
        return response;
    }

    private static ValidatableResponse submit(String callbackUrl) {
        return submit(callbackUrl, "irna/" + UUID.randomUUID());
    }

    private static ValidatableResponse submit(String callbackUrl, String externalId) {
        return NEWSROOM.submit(ARTICLE).titled("سفر رئیس‌جمهور به مسکو").externalId(externalId).to("en")
                .callbackUrl(callbackUrl).post().then();
    }
}
