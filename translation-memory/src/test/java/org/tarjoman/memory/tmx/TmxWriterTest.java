package org.tarjoman.memory.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.TranslationUnit;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

class TmxWriterTest {

    private static final LanguagePair FA_EN = LanguagePair.parse("fa-en");
    private static final Instant CREATED = Instant.parse("2024-05-01T09:30:00Z");
    private static final Instant CHANGED = Instant.parse("2024-05-02T17:45:10Z");

    private static TranslationUnit unit(long id, String source, String target) {
        return new TranslationUnit(id, FA_EN, source, target, "جمله قبلی", "جمله بعدی", "job 42", "maryam",
                CREATED, CHANGED, 3);
    }

    private static String export(List<TmxUnit> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, FA_EN)) {
            writer.writeAll(units.iterator());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<TmxUnit> ntrexUnits() {
        List<String> fa = TmxFixture.ntrex("newstest2019-ref.fas.txt", 50);
        List<String> en = TmxFixture.ntrex("newstest2019-src.eng.txt", 50);
        List<TmxUnit> units = new ArrayList<>();
        for (int i = 0; i < fa.size(); i++) {
            units.add(TmxUnit.of(unit(i + 1, TmxFixture.escape(fa.get(i)), TmxFixture.escape(en.get(i)))));
        }
        return units;
    }

    private static MemorySink importAll(String tmx) {
        MemorySink sink = new MemorySink();
        new TmxImport(FA_EN, sink).run(TmxFixture.stream(tmx));
        return sink;
    }

    /** Validates against the official TMX 1.4 DTD from the test classpath; never from the network. */
    private static List<String> dtdErrors(String tmx) throws Exception {
        String withDoctype = tmx.replaceFirst("\\?>", "?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setValidating(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> {
            if (systemId == null || !systemId.endsWith("tmx14.dtd")) {
                throw new IllegalStateException("unexpected external resource " + systemId);
            }
            InputStream dtd = TmxWriterTest.class.getResourceAsStream("/tmx14.dtd");
            InputSource source = new InputSource(dtd);
            source.setSystemId(systemId);
            return source;
        });
        List<String> errors = new ArrayList<>();
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add("warning " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("error " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        reader.parse(new InputSource(new StringReader(withDoctype)));
        return errors;
    }

    @Test
    void shouldWriteAHeaderNamingTarjomanAndTheSourceLanguage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, FA_EN, TmxWriter.DataType.HTML, "1.2.3")) {
            writer.write(unit(1, "سلام", "hello"));
        }
        List<TmxHeader> headers = new ArrayList<>();
        new TmxReader().read(TmxFixture.stream(out.toString(StandardCharsets.UTF_8)), new TmxHandler() {
            @Override
            public void header(TmxHeader header) {
                headers.add(header);
            }

            @Override
            public void entry(TmxEntry entry) {
            }
        });

        assertThat(headers).containsExactly(new TmxHeader("fa", "Tarjoman", "1.2.3", "sentence", "Tarjoman", "en",
                "html", Map.of()));
    }

    @Test
    void shouldWriteOneTuPerUnitWithItsAdminDataAndContext() {
        String tmx = export(List.of(TmxUnit.of(unit(7, "سلام", "hello"))));

        assertThat(tmx).contains("<tu tuid=\"7\" creationdate=\"20240501T093000Z\" creationid=\"maryam\""
                        + " changedate=\"20240502T174510Z\" changeid=\"maryam\" usagecount=\"3\">")
                .contains("<prop type=\"x-origin\">job 42</prop>")
                .contains("<prop type=\"x-context-prev\">جمله قبلی</prop>")
                .contains("<prop type=\"x-context-next\">جمله بعدی</prop>")
                .contains("<tuv xml:lang=\"fa\"><seg>سلام</seg></tuv>")
                .contains("<tuv xml:lang=\"en\"><seg>hello</seg></tuv>");
    }

    @Test
    void shouldExportTmxThatValidatesAgainstTheTmx14Dtd() throws Exception {
        List<TmxUnit> units = new ArrayList<>(ntrexUnits());
        units.add(new TmxUnit(unit(99, "<g id=\"1\">تهران</g> و <x id=\"2\"/><bx id=\"3\"/>", "<g id=\"1\">Tehran</g>"
                + " and <x id=\"2\"/><bx id=\"3\"/>"), List.of(), List.of()));

        assertThat(dtdErrors(export(units))).isEmpty();
    }

    @Test
    void shouldDetectAnInvalidTmxWithTheDtdCheck() throws Exception {
        String invalid = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><body/></tmx>";

        assertThat(dtdErrors(invalid)).isNotEmpty();
    }

    @Test
    void shouldRoundTripUnitsThroughExportAndImport() {
        List<TmxUnit> units = new ArrayList<>(ntrexUnits());
        // usage 1: a unit in a memory was confirmed at least once, and an import counts it so
        units.add(TmxUnit.of(new TranslationUnit(100, FA_EN, "بدون زمینه", "no context", null, null, null, null,
                CREATED, CREATED, 1)));

        MemorySink sink = importAll(export(units));

        assertThat(sink.units()).hasSize(units.size());
        for (int i = 0; i < units.size(); i++) {
            assertThat(sink.units().get(i).withId(0)).isEqualTo(units.get(i).unit().withId(0));
        }
    }

    @Test
    void shouldRoundTripInlineCodesWithTheirNativeMarkup() {
        String original = TmxFixture.tmx("fa").tu()
                .tuvXml("fa", "<bpt i=\"1\" type=\"bold\">&lt;b></bpt>تهران<ept i=\"1\">&lt;/b></ept>"
                        + "<ph x=\"2\">&lt;br/></ph>پایتخت<it pos=\"end\" x=\"3\">&lt;/span></it>")
                .tuvXml("en", "<bpt i=\"1\" type=\"bold\">&lt;b></bpt>Tehran<ept i=\"1\">&lt;/b></ept>"
                        + "<ph x=\"2\">&lt;br/></ph>capital<it pos=\"end\" x=\"3\">&lt;/span></it>")
                .build();
        MemorySink first = importAll(original);

        String exported = export(first.tmxUnits());
        MemorySink second = importAll(exported);

        assertThat(exported).contains("<bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>تهران<ept i=\"1\">&lt;/b&gt;</ept>"
                + "<ph x=\"2\">&lt;br/&gt;</ph>پایتخت<it pos=\"end\" x=\"3\">&lt;/span&gt;</it>");
        assertThat(second.tmxUnits()).singleElement().satisfies(u -> {
            assertThat(u.unit().withId(0)).isEqualTo(first.units().get(0).withId(0));
            assertThat(u.sourceCodes()).isEqualTo(first.tmxUnits().get(0).sourceCodes());
            assertThat(u.targetCodes()).isEqualTo(first.tmxUnits().get(0).targetCodes());
        });
    }

    @Test
    void shouldWriteCodesWithoutStoredMarkupAsEmptyElements() {
        String tmx = export(List.of(TmxUnit.of(unit(1, "<g id=\"1\">سلام</g><x id=\"2\"/>", "<g id=\"1\">hi</g>"))));

        assertThat(tmx).contains("<seg><bpt i=\"1\"></bpt>سلام<ept i=\"1\"></ept><ph x=\"2\"></ph></seg>");
    }

    @Test
    void shouldEscapeMarkupCharactersInText() {
        String tmx = export(List.of(TmxUnit.of(unit(1, "الف &lt; ب &amp; ج", "a &lt; b &amp; c"))));

        assertThat(tmx).contains("<seg>الف &lt; ب &amp; ج</seg>");
        assertThat(importAll(tmx).units().get(0).source()).isEqualTo("الف &lt; ب &amp; ج");
    }

    @Test
    void shouldRefuseAUnitOfAnotherPair() {
        TranslationUnit russian = new TranslationUnit(1, LanguagePair.parse("fa-ru"), "سلام", "привет", null, null,
                null, null, CREATED, CREATED, 0);

        try (TmxWriter writer = new TmxWriter(new ByteArrayOutputStream(), FA_EN)) {
            assertThatThrownBy(() -> writer.write(russian)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit 1 is fa-ru, this TMX is fa-en");
        }
    }

    @Test
    void shouldEscapeMarkupInPropertiesAndAttributesAndKeepCarriageReturns() {
        TranslationUnit risky = new TranslationUnit(1, FA_EN, "سطر اول\r\nسطر دوم", "line one\r\nline two",
                "&lt;script&gt;x&lt;/script&gt;", null, "upload \"a&b\".tmx", "sara <sara@example.org>", CREATED, CHANGED, 0);

        String tmx = export(List.of(TmxUnit.of(risky)));

        assertThat(tmx).contains("creationid=\"sara &lt;sara@example.org&gt;\"")
                .contains("<prop type=\"x-origin\">upload \"a&amp;b\".tmx</prop>")
                .contains("&amp;lt;script&amp;gt;x&amp;lt;/script&amp;gt;").contains("line one&#13;\nline two");
        TranslationUnit read = importAll(tmx).units().get(0);
        assertThat(read.source()).isEqualTo("سطر اول\r\nسطر دوم");
        assertThat(read.author()).isEqualTo("sara <sara@example.org>");
        assertThat(read.previousSource()).isEqualTo("&lt;script&gt;x&lt;/script&gt;");
    }

    @Test
    void shouldRefuseAUnitXmlCannotCarryAndNeverEndAFileCutShort() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TmxWriter writer = new TmxWriter(out, FA_EN);
        writer.write(unit(1, "سلام", "hello"));

        assertThatThrownBy(() -> writer.write(unit(2, "خداحافظ", "bye\u0001"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit 2's target holds U+0001 at character 4, which XML 1.0 cannot carry");
        writer.close();
        String tmx = out.toString(StandardCharsets.UTF_8);
        assertThat(tmx).contains("<seg>hello</seg>").doesNotContain("خداحافظ").doesNotContain("</tmx>");
    }

    @Test
    void shouldNotEndTheFileAfterAUnitWhoseTagsAreBroken() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, FA_EN)) {
            assertThatThrownBy(() -> writer.write(unit(1, "<script>x</script>", "y")))
                    .isInstanceOf(org.tarjoman.core.document.InvalidTaggedTextException.class);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("</tmx>");
    }
}
