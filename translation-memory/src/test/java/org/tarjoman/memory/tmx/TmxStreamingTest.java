package org.tarjoman.memory.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.TranslationUnit;

/**
 * A 50 MB TMX is generated while it is read and never exists as a whole; the import must hand each
 * unit on while only a few units ahead of it have been generated.
 */
class TmxStreamingTest {

    private static final int UNITS = 100_000;
    private static final int MAX_UNITS_AHEAD = 200;

    /** Generates the TMX tu by tu, recombining NTREX sentences so every unit is distinct. */
    private static final class GeneratedTmx extends InputStream {

        private final List<String> fa = TmxFixture.ntrex("newstest2019-ref.fas.txt", 100);
        private final List<String> en = TmxFixture.ntrex("newstest2019-src.eng.txt", 100);
        private byte[] chunk = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header creationtool=\"gen\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"gen\""
                + " adminlang=\"en\" srclang=\"fa\" datatype=\"plaintext\"/>\n<body>\n")
                .getBytes(StandardCharsets.UTF_8);
        private int pos;
        private int generated;
        private long bytes;
        private boolean ended;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (pos == chunk.length && !refill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - pos);
            System.arraycopy(chunk, pos, buffer, offset, n);
            pos += n;
            bytes += n;
            return n;
        }

        private boolean refill() {
            String next;
            if (generated < UNITS) {
                int i = generated++;
                String source = fa.get(i % 100) + " " + fa.get((i / 100) % 100) + " " + i;
                String target = en.get(i % 100) + " " + en.get((i / 100) % 100) + " " + i;
                next = "<tu tuid=\"" + i + "\" usagecount=\"1\" changedate=\"20240101T000000Z\">\n"
                        + "  <prop type=\"x-context-prev\">" + TmxFixture.escape(fa.get((i + 1) % 100)) + "</prop>\n"
                        + "  <tuv xml:lang=\"fa-IR\"><seg>" + TmxFixture.escape(source) + "</seg></tuv>\n"
                        + "  <tuv xml:lang=\"en-US\"><seg>" + TmxFixture.escape(target) + "</seg></tuv>\n</tu>\n";
            } else if (!ended) {
                ended = true;
                next = "</body>\n</tmx>\n";
            } else {
                return false;
            }
            chunk = next.getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }
    }

    @Test
    void shouldImportAFiftyMegabyteTmxWhileItIsStillBeingGenerated() {
        GeneratedTmx tmx = new GeneratedTmx();
        int[] added = {0};
        int[] mostAhead = {0};
        UnitSink sink = new UnitSink() {
            @Override
            public Optional<TranslationUnit> find(String source, String target) {
                return Optional.empty();
            }

            @Override
            public void add(TmxUnit unit) {
                added[0]++;
                mostAhead[0] = Math.max(mostAhead[0], tmx.generated - added[0]);
            }

            @Override
            public void update(TmxUnit unit) {
                throw new AssertionError("no duplicates were generated");
            }
        };

        ImportReport report = new TmxImport(LanguagePair.parse("fa-en"), sink).run(tmx);

        assertThat(report.added()).isEqualTo(UNITS);
        assertThat(tmx.bytes).isGreaterThan(50L * 1024 * 1024);
        assertThat(mostAhead[0]).as("units generated but not yet imported").isLessThan(MAX_UNITS_AHEAD);
    }
}
