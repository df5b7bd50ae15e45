package org.tarjoman.memory.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;

class TmxReaderTest {

    private final List<TmxHeader> headers = new ArrayList<>();

    private List<TmxEntry> read(String xml) {
        List<TmxEntry> entries = new ArrayList<>();
        new TmxReader().read(TmxFixture.stream(xml), new TmxHandler() {
            @Override
            public void header(TmxHeader header) {
                assertThat(entries).as("header comes first").isEmpty();
                headers.add(header);
            }

            @Override
            public void entry(TmxEntry entry) {
                entries.add(entry);
            }
        });
        return entries;
    }

    private TmxSegment segment(String segXml) {
        TmxEntry entry = read(TmxFixture.tmx("fa").tu().tuvXml("fa", segXml).build()).get(0);
        assertThat(entry.variants().get(0).problems()).isEmpty();
        return entry.variants().get(0).segment();
    }

    @Test
    void shouldReadHeaderThenEachTuWithItsVariants() {
        List<TmxEntry> entries = read(TmxFixture.tmx("fa-IR")
                .tu("tuid=\"a1\"").tuv("fa-IR", "سلام دنیا").tuv("en-US", "Hello world")
                .tu().tuv("fa", "خداحافظ").tuv("ru", "До свидания").build());

        assertThat(headers).singleElement().satisfies(h -> {
            assertThat(h.srcLang()).isEqualTo("fa-IR");
            assertThat(h.creationTool()).isEqualTo("test");
            assertThat(h.segType()).isEqualTo("sentence");
        });
        assertThat(entries).hasSize(2);
        TmxEntry first = entries.get(0);
        assertThat(first.index()).isEqualTo(1);
        assertThat(first.tuid()).isEqualTo("a1");
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.variants()).extracting(TmxVariant::language).containsExactly("fa-IR", "en-US");
        assertThat(first.variants().get(0).segment().tagged()).isEqualTo("سلام دنیا");
        assertThat(entries.get(1).variants().get(1).segment().text()).isEqualTo("До свидания");
    }

    @Test
    void shouldReadProvenanceAndContextProperties() {
        TmxEntry entry = read(TmxFixture.tmx("fa")
                .tu("tuid=\"7\" creationid=\"maryam\" creationdate=\"20240301T101530Z\" changeid=\"reza\""
                        + " changedate=\"20240302T080000Z\" usagecount=\"4\"")
                .prop("x-context-prev", "جمله قبلی").prop("x-context-next", "جمله بعدی")
                .tuv("fa", "متن").tuv("en", "text").build()).get(0);

        assertThat(entry.provenance()).isEqualTo(new TmxEntry.Provenance("maryam",
                Instant.parse("2024-03-01T10:15:30Z"), "reza", Instant.parse("2024-03-02T08:00:00Z"), 4));
        assertThat(entry.properties()).containsEntry("x-context-prev", "جمله قبلی")
                .containsEntry("x-context-next", "جمله بعدی");
        assertThat(entry.problems()).isEmpty();
    }

    @Test
    void shouldListABadDateAsAProblemOfTheTuNotAFormatError() {
        TmxEntry entry = read(TmxFixture.tmx("fa").tu("creationdate=\"yesterday\" usagecount=\"-1\"")
                .tuv("fa", "متن").build()).get(0);

        assertThat(entry.problems()).containsExactly("creationdate: 'yesterday' is not a TMX date (YYYYMMDDThhmmssZ)",
                "usagecount: '-1' is not a count");
    }

    @Test
    void shouldReadTheDeprecatedLangAttribute() {
        TmxEntry entry = read(TmxFixture.tmx("fa").tu().raw("<tuv lang=\"fa\"><seg>متن</seg></tuv>").build()).get(0);

        assertThat(entry.variants().get(0).language()).isEqualTo("fa");
    }

    @Test
    void shouldTurnBptEptIntoAPairKeepingTheNativeCode() {
        TmxSegment segment = segment("<bpt i=\"1\" type=\"bold\">&lt;b></bpt>تهران<ept i=\"1\">&lt;/b></ept> پایتخت است");

        assertThat(segment.tagged()).isEqualTo("<g id=\"1\">تهران</g> پایتخت است");
        assertThat(segment.text()).isEqualTo("تهران پایتخت است");
        assertThat(segment.codes()).containsExactly(new InlineCode(1, Kind.OPENING, 0, "bold", "<b>"),
                new InlineCode(1, Kind.CLOSING, 5, "bold", "</b>"));
    }

    @Test
    void shouldTurnPhAndUtIntoPlaceholders() {
        TmxSegment segment = segment("خط اول<ph x=\"2\">&lt;br/></ph>خط دوم<ut>{tab}</ut>");

        assertThat(segment.tagged()).isEqualTo("خط اول<x id=\"2\"/>خط دوم<x id=\"3\"/>");
        assertThat(segment.codes()).extracting(InlineCode::data).containsExactly("<br/>", "{tab}");
    }

    @Test
    void shouldIsolateCrossingPairsAndLoneCodes() {
        TmxSegment crossing = segment("<bpt i=\"1\">&lt;b></bpt>الف<bpt i=\"2\">&lt;i></bpt>ب"
                + "<ept i=\"1\">&lt;/b></ept>پ<ept i=\"2\">&lt;/i></ept>");
        TmxSegment lone = segment("<it pos=\"begin\" x=\"1\">&lt;span></it>متن<ept i=\"4\">&lt;/a></ept>");

        assertThat(crossing.tagged()).isEqualTo("<bx id=\"1\"/>الف<g id=\"2\">ب<ex id=\"3\"/>پ</g>");
        assertThat(lone.tagged()).isEqualTo("<bx id=\"1\"/>متن<ex id=\"4\"/>");
    }

    @Test
    void shouldKeepHiTextAndSubTextInTheCode() {
        TmxSegment segment = segment("<hi type=\"term\">ایران</hi> و "
                + "<ph x=\"1\">&lt;img alt=\"<sub>نقشه</sub>\"/></ph>");

        assertThat(segment.tagged()).isEqualTo("ایران و <x id=\"1\"/>");
        assertThat(segment.codes().get(0).data()).isEqualTo("<img alt=\"نقشه\"/>");
    }

    @Test
    void shouldMarkAVariantWithBadInlineCodesUnusableAndKeepReading() {
        List<TmxEntry> entries = read(TmxFixture.tmx("fa").tu()
                .tuvXml("fa", "<bpt>&lt;b></bpt>متن").tuv("en", "text")
                .tu().tuvXml("fa", "<bpt i=\"1\"/>الف<bpt i=\"1\"/>ب<ept i=\"1\"/>").tuvXml("en", "<b>bold</b>")
                .tu().tuv("fa", "سالم").build());

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).variants().get(0).segment()).isNull();
        assertThat(entries.get(0).variants().get(0).problems()).containsExactly("<bpt> without the required attribute i");
        assertThat(entries.get(0).variants().get(1).problems()).isEmpty();
        assertThat(entries.get(1).variants().get(0).problems())
                .containsExactly("<bpt i=\"1\"> opened again before its <ept>");
        assertThat(entries.get(1).variants().get(1).problems()).containsExactly("<b> is not allowed in <seg>");
        assertThat(entries.get(2).variants().get(0).segment().text()).isEqualTo("سالم");
    }

    @Test
    void shouldReportTheLineOfAnUnclosedTag() {
        String xml = TmxFixture.tmx("fa").tu().raw("  <tuv xml:lang=\"fa\"><seg>سلام</seg>").build();

        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(TmxFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.reason()).startsWith("malformed XML: ").contains("\"tuv\"");
            assertThat(e.getMessage()).startsWith("line 7, column ");
        });
    }

    @Test
    void shouldRejectBytesThatAreNotUtf8AsAFormatErrorNotAnIoFailure() {
        byte[] xml = TmxFixture.tmx("fa").tu().tuv("fa", "سلام").tuv("en", "hello").build().getBytes(StandardCharsets.UTF_8);
        int seg = new String(xml, StandardCharsets.ISO_8859_1).indexOf("<seg>") + "<seg>".length();
        xml[seg] = (byte) 0xC3;
        xml[seg + 1] = (byte) 0x28;

        assertThatThrownBy(() -> new TmxReader().read(new ByteArrayInputStream(xml), new TmxHandler() {
            @Override
            public void header(TmxHeader header) {
            }

            @Override
            public void entry(TmxEntry entry) {
            }
        })).isInstanceOfSatisfying(TmxFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.reason()).startsWith("the bytes are not valid in the file's encoding (UTF-8 unless declared): ");
        });
    }

    @Test
    void shouldRejectTextThatIsNotXml() {
        assertThatThrownBy(() -> read("fa\ten\nسلام\tHello\n")).isInstanceOfSatisfying(TmxFormatException.class,
                e -> assertThat(e.getMessage()).startsWith("line 1, column 1: not XML: "));
        assertThatThrownBy(() -> read("")).isInstanceOf(TmxFormatException.class).hasMessageContaining("not XML");
    }

    @Test
    void shouldRejectXmlThatIsNotTmx() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>"))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageStartingWith("line 2, column ")
                .hasMessageEndingWith(": not a TMX file: the root element is <xliff>, not <tmx>");
    }

    @Test
    void shouldRejectASegOutsideATuv() {
        String xml = TmxFixture.tmx("fa").tu().raw("  <seg>سلام</seg>").build();

        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(TmxFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.reason()).isEqualTo("<seg> outside <tuv>");
        });
    }

    @Test
    void shouldRejectATuOutsideTheBody() {
        String xml = "<tmx version=\"1.4\">\n<tu><tuv xml:lang=\"fa\"><seg>x</seg></tuv></tu>\n</tmx>";

        assertThatThrownBy(() -> read(xml)).isInstanceOf(TmxFormatException.class)
                .hasMessageEndingWith("<tu> outside <body>");
    }
}
