package org.tarjoman.memory.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reader reads nothing but its stream: a local HTTP server counts every request a DTD or entity
 * could trigger, and must see none.
 */
class TmxSecurityTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY secret \"leaked\">".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private List<TmxEntry> read(String xml) {
        List<TmxEntry> entries = new ArrayList<>();
        new TmxReader().read(TmxFixture.stream(xml), entries::add);
        return entries;
    }

    @Test
    void shouldAcceptAndIgnoreADoctypeWithOnlyASystemId() {
        String common = TmxFixture.tmx("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n", "fa").tu().tuv("fa", "سلام").build();
        String remote = TmxFixture.tmx("<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory "
                + "eXchange//EN\" \"" + url + "tmx14.dtd\">\n", "fa").tu().tuv("fa", "سلام").build();

        assertThat(read(common)).hasSize(1);
        assertThat(read(remote)).singleElement()
                .satisfies(e -> assertThat(e.variants().get(0).segment().text()).isEqualTo("سلام"));
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldRejectADoctypeWithAnInternalSubset() {
        String xml = TmxFixture.tmx("<!DOCTYPE tmx [ <!ELEMENT tmx ANY> ]>\n", "fa").build();

        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(TmxFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).startsWith("DOCTYPE with internal subset is not allowed");
        });
    }

    @Test
    void shouldRejectBillionLaughsBeforeExpandingAnything() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            String ref = "&lol" + (i - 1) + ";";
            entities.append("<!ENTITY lol").append(i).append(" \"").append(ref.repeat(10)).append("\">");
        }
        String xml = TmxFixture.tmx("<!DOCTYPE tmx [" + entities + "]>\n", "fa").tu().tuvXml("fa", "&lol9;").build();

        assertThatThrownBy(() -> read(xml)).isInstanceOf(TmxFormatException.class)
                .hasMessageContaining("DOCTYPE with internal subset is not allowed");
    }

    @Test
    void shouldRejectAnExternalFileEntityWithoutReadingIt() {
        String xml = TmxFixture.tmx("<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n", "fa")
                .tu().tuvXml("fa", "&xxe;").build();

        assertThatThrownBy(() -> read(xml)).isInstanceOf(TmxFormatException.class)
                .hasMessageContaining("DOCTYPE with internal subset is not allowed")
                .hasMessageNotContaining("root:");
    }

    @Test
    void shouldRejectExternalEntitiesAndParameterEntitiesWithoutFetchingThem() {
        String general = TmxFixture.tmx("<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + url + "x\">]>\n", "fa")
                .tu().tuvXml("fa", "&xxe;").build();
        String parameter = TmxFixture.tmx("<!DOCTYPE tmx [<!ENTITY % p SYSTEM \"" + url + "p\"> %p;]>\n", "fa")
                .tu().tuvXml("fa", "&secret;").build();

        assertThatThrownBy(() -> read(general)).isInstanceOf(TmxFormatException.class);
        assertThatThrownBy(() -> read(parameter)).isInstanceOf(TmxFormatException.class);
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldRejectAnUndeclaredEntityReference() {
        String xml = TmxFixture.tmx("fa").tu().tuvXml("fa", "&nbsp;").build();

        assertThatThrownBy(() -> read(xml)).isInstanceOf(TmxFormatException.class)
                .hasMessageContaining("nbsp");
    }
}
