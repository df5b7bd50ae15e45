package org.tarjoman.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Hostile files are refused at their DOCTYPE, before anything is expanded or fetched. */
class XliffSecurityTest {

    private static final String BODY = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">"
            + "<file original=\"a\" source-language=\"fa\" target-language=\"en\" datatype=\"plaintext\"><body>"
            + "<trans-unit id=\"1\"><source>&e;</source></trans-unit></body></file></xliff>";

    @Test
    void shouldRefuseBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n <!ENTITY e0 \"ha\">\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append(" <!ENTITY e").append(i).append(" \"").append(("&e" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String bomb = dtd.append(" <!ENTITY e \"&e10;\">\n]>\n").append(BODY).toString();

        assertThat(refusal(bomb)).satisfies(e -> {
            assertThat(e.getMessage()).contains("DOCTYPE");
            assertThat(e.line()).isBetween(2, 15);
        });
    }

    @Test
    void shouldRefuseAnExternalEntityWithoutReadingIt() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n" + BODY;

        XliffFormatException e = refusal(xxe);
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void shouldRefuseAnExternalDtd() {
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/xliff.dtd\">\n"
                + BODY.replace("&e;", "a");

        assertThat(refusal(external).line()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAPlainDoctype() {
        assertThat(refusal("<!DOCTYPE xliff>\n" + BODY.replace("&e;", "a")).getMessage()).contains("DOCTYPE");
    }

    @Test
    void shouldRefuseAnUndeclaredEntity() {
        assertThatThrownBy(() -> XliffSamples.read(BODY)).isInstanceOf(XliffFormatException.class);
    }

    private static XliffFormatException refusal(String xliff) {
        long start = System.nanoTime();
        XliffFormatException refused = null;
        try {
            XliffSamples.read(xliff);
        } catch (XliffFormatException e) {
            refused = e;
        }
        assertThat(refused).as("refused").isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        return refused;
    }
}
