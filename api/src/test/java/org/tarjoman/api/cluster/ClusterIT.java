package org.tarjoman.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.testing.Identity.translator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.Nginx;
import org.tarjoman.api.testing.PackagedApp;
import org.tarjoman.api.testing.PostgresServer;
import org.tarjoman.api.testing.RequiresPostgres;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestAccounts;
import org.tarjoman.api.testing.WebhookReceiver;

/**
 * Two nodes of the same packaged jar on one real PostgreSQL behind Debian's nginx (the topology of
 * {@code docker/compose.yaml}, started as {@code docker/cluster/run.sh} starts it) behave as one Tarjoman:
 * what one node confirms the other offers within a second, edits of one segment on both nodes conflict,
 * a session or key made on one works on the other, and a webhook event is delivered once, even when the
 * node sending it is killed mid-delivery.
 */
@RequiresPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

    private static Path work;
    private static PackagedApp nodeA;
    private static PackagedApp nodeB;
    private static Nginx proxy;

    @BeforeAll
    static void startTwoNodesBehindNginx() throws Exception {
        emptyTheDatabase();
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "cluster")), "run-");
        nodeA = start("a");
        nodeB = start("b");
        proxy = Nginx.inFrontOf(work, nodeA.port(), nodeB.port());
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable running : new AutoCloseable[] {proxy, nodeA, nodeB}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                System.err.println("cluster: stopping " + running + " failed: " + e);
            }
        }
    }

    @Test
    @Order(1)
    void shouldOfferAUnitConfirmedThroughOneNodeAsAMatchThroughTheOtherWithinASecond() throws Exception {
        String source = "رئیس‌جمهور روز سه‌شنبه برای دیداری دو روزه وارد مسکو شد.";
        String target = "The president arrived in Moscow on Tuesday for a two-day visit.";

        nodeA.client().memory("fa-en").add(source, target);
        long confirmed = System.nanoTime();
        Duration seen = awaitMatch(nodeB.client(), source, target, Duration.ofSeconds(10));

        System.out.println("cluster: a unit confirmed on node A was a match on node B after " + seen.toMillis() + " ms");
        assertThat(seen).isLessThanOrEqualTo(VISIBLE_WITHIN);
        assertThat(System.nanoTime() - confirmed).isPositive();
    }

    @Test
    @Order(2)
    void shouldRefuseTheSecondOfTwoTranslatorsEditingOneSegmentOnDifferentNodes() {
        long jobId = proxy.client().submit("تهران و مسکو موافقت‌نامه را امضا کردند.").titled("conflict").to("en").create();
        JsonPath segments = nodeA.client().task(jobId, "en").segments();
        long id = segments.getLong("segments[0].id");
        long version = segments.getLong("segments[0].version");

        nodeA.client().as(translator("cluster-translator-a")).task(jobId, "en")
                .save(id, "Tehran and Moscow signed the agreement.", "DRAFT", version).then().statusCode(200);
        nodeB.client().as(translator("cluster-translator-b")).task(jobId, "en")
                .save(id, "Tehran and Moscow have signed the deal.", "DRAFT", version).then().statusCode(409)
                .contentType("application/problem+json")
                .body("current.target", equalTo("Tehran and Moscow signed the agreement."));
    }

    @Test
    @Order(2)
    void shouldTakeAWholeArticleThroughTheProxyAsWellAsThroughANode() {
        // three times the IRNA article, ~30 kB of UTF-8: over nginx's 16 kB in-memory buffer, so nginx
        // writes the body to its client-body folder first, which its workers must be able to reach
        String irna = org.tarjoman.api.testing.TestData.irnaMoscowVisit();
        String article = String.join("\n\n", irna, irna, irna);
        long jobId = proxy.client().submit(article).titled("irna through nginx").to("en").create();

        assertThat(nodeB.client().task(jobId, "en").segments().getInt("total")).isGreaterThan(10);
    }

    @Test
    @Order(3)
    void shouldMatchWhatATmxImportOnOneNodeAddedThroughTheOtherOnceItCommits() throws Exception {
        String source = "وزیر امور خارجه در نشست خبری مشترک با همتای روس خود سخن گفت.";
        String target = "The foreign minister spoke at a joint news conference with his Russian counterpart.";
        String tmx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"cluster\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"fa\" "
                + "datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"fa\"><seg>" + Markup.escape(source)
                + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + Markup.escape(target) + "</seg></tuv></tu></body></tmx>\n";

        nodeA.client().memory("fa-en").importTmx(tmx).then().statusCode(200);
        Duration seen = awaitMatch(nodeB.client(), source, target, Duration.ofSeconds(10));

        System.out.println("cluster: a TMX import committed on node A was matchable on node B after " + seen.toMillis() + " ms");
        assertThat(seen).isLessThanOrEqualTo(VISIBLE_WITHIN);
    }

    @Test
    @Order(4)
    void shouldLetASessionOrAKeyMadeOnOneNodeWorkOnTheOther() {
        String user = "cluster-editor";
        nodeA.client().request().contentType(ContentType.JSON)
                .body(Map.of("name", user, "password", TestAccounts.passwordOf(user), "roles", List.of("manager"),
                        "languages", TestAccounts.LANGUAGES))
                .post("/api/v1/users").then().statusCode(201);
        Response signedIn = nodeA.client().anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", TestAccounts.passwordOf(user))
                .post("/j_security_check");
        String session = signedIn.getCookie("quarkus-credential");
        assertThat(session).as("the session cookie node A set").isNotNull();

        for (PackagedApp node : List.of(nodeA, nodeB)) {
            node.client().anonymous().cookie("quarkus-credential", session).get("/api/v1/me")
                    .then().statusCode(200).body("name", equalTo(user));
        }
        String key = nodeB.client().request().contentType(ContentType.JSON)
                .body(Map.of("name", "cluster-feed", "scopes", List.of("jobs:read")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("key");
        nodeA.client().anonymous().header("Authorization", "Bearer " + key).get("/api/v1/jobs").then().statusCode(200);
    }

    @Test
    @Order(5)
    void shouldDeliverEachWebhookEventOnceWhileBothNodesRun() throws Exception {
        int jobs = 6;
        int events = 2 * jobs; // task.done and job.done of each one-language job
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            for (int i = 0; i < jobs; i++) {
                proxy.client().finishOneSentenceJob(receiver.url() + "/newsroom", "once " + i);
            }
            receiver.awaitRequests(events, Duration.ofSeconds(30));
            Thread.sleep(2_000); // a second delivery of any of them would come now

            assertThat(receiver.requestsPerDelivery()).hasSize(events).allSatisfy((delivery, sent) -> assertThat(sent).isEqualTo(1));
        }
    }

    /**
     * Node A is killed while the receiver holds its delivery unanswered: the claim's lease runs out and node B
     * sends the same delivery (same {@code X-Tarjoman-Delivery}, so a receiver can drop a repeat it did get);
     * every other event is sent once.
     */
    @Test
    @Order(6)
    void shouldDeliverAnEventOnceMoreFromTheOtherNodeWhenTheSenderIsKilledMidDelivery() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.holdingTheFirstThenAnswering(200)) {
            nodeB.close(); // only node A runs, so node A is the one sending
            nodeA.client().finishOneSentenceJob(receiver.url() + "/newsroom", "killed mid-delivery");
            receiver.awaitRequests(2, Duration.ofSeconds(30)); // the held task.done and the answered job.done
            assertThat(receiver.awaitHeld(Duration.ofSeconds(30))).as("node A's delivery, held by the receiver").isEqualTo(1);
            Thread.sleep(500); // node A records the answered one
            String held = receiver.requests().get(0).header("X-Tarjoman-Delivery");
            long killed = System.nanoTime();
            nodeA.kill();

            nodeB = start("b");
            receiver.awaitRequests(3, Duration.ofSeconds(120));
            System.out.println("cluster: node A was killed holding a delivery; node B sent it "
                    + Duration.ofNanos(System.nanoTime() - killed).toSeconds() + " s after the kill (the claim's lease)");
            Thread.sleep(2_000);

            Map<String, Integer> perDelivery = receiver.requestsPerDelivery();
            assertThat(perDelivery).hasSize(2);
            assertThat(perDelivery.get(held)).as("the delivery cut by the kill, sent again by node B").isEqualTo(2);
            assertThat(perDelivery.values()).containsExactlyInAnyOrder(2, 1);
            assertThat(receiver.held()).as("the killed node's request was never answered").isEqualTo(1);
        } finally {
            nodeA = start("a");
        }
    }


    private static Duration awaitMatch(TarjomanClient node, String source, String target, Duration limit) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            List<String> targets = node.memory("fa-en").matches(source).getList("matches.target", String.class);
            if (targets != null && targets.contains(target)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no match for '" + source + "' within " + limit);
    }

    private static PackagedApp start(String node) throws Exception {
        Path data = Files.createDirectories(work.resolve("node-" + node));
        Map<String, String> environment = Map.of("TARJOMAN_DB", "postgresql", "TARJOMAN_DB_URL", PostgresServer.url(),
                "TARJOMAN_DB_USERNAME", PostgresServer.user(), "TARJOMAN_DB_PASSWORD", PostgresServer.password(),
                "TARJOMAN_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1",
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        return PackagedApp.start(data, "node-" + node + "-" + System.currentTimeMillis() + ".log", environment);
    }

    /** Each run starts from an empty schema, as a new deployment does. */
    private static void emptyTheDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresServer.url(), PostgresServer.user(), PostgresServer.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

}
