package org.tarjoman.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjoman.core.document.BlockType;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.xliff.InlineTokens.Token;

/** Files as we write them, as CAT tools rewrite them, and as Okapi writes them, read back by id. */
class XliffReaderTest {

    private final XliffDocument document = XliffSamples.document();

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void shouldReadBackWhatWeWrote(XliffVersion version) {
        XliffDocument read = XliffSamples.read(XliffSamples.write(document, version));

        assertThat(read.version()).isEqualTo(version);
        assertThat(read.sourceLanguage()).isEqualTo("fa");
        assertThat(read.targetLanguage()).isEqualTo("en");
        assertThat(read.fileName()).isEqualTo("irna-85716163.html");
        assertThat(read.notes()).containsExactly("Pezeshkian's visit to Moscow");
        assertThat(read.groups()).extracting(XliffGroup::id, XliffGroup::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b0", BlockType.HEADING),
                        org.assertj.core.groups.Tuple.tuple("b1", BlockType.PARAGRAPH),
                        org.assertj.core.groups.Tuple.tuple("b2", BlockType.PARAGRAPH));
        List<XliffUnit> expected = document.units().toList();
        List<XliffUnit> units = read.units().toList();
        for (int i = 0; i < expected.size(); i++) {
            XliffUnit want = expected.get(i);
            XliffUnit got = units.get(i);
            assertThat(got.id()).isEqualTo(want.id());
            assertThat(got.source()).isEqualTo(want.source());
            assertThat(got.target()).isEqualTo(want.target());
            assertThat(got.state()).isEqualTo(want.state());
            assertThat(got.version()).isEqualTo(want.version());
            assertThat(got.score()).isEqualTo(want.score());
            assertThat(got.notes()).isEqualTo(want.notes());
            assertThat(got.matches()).extracting(XliffMatch::source, XliffMatch::target, XliffMatch::score)
                    .containsExactlyElementsOf(want.matches().stream()
                            .map(m -> org.assertj.core.groups.Tuple.tuple(m.source(), m.target(), m.score())).toList());
            assertThat(got.line()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(XliffState.class)
    void shouldMapEveryStateBothWaysInBothVersions(XliffState state) {
        XliffUnit unit = new XliffUnit("7", "سلام", List.of(), state == XliffState.NEW ? null : "Hello", state,
                XliffOrigin.HUMAN, null, 3L, List.of(), List.of(), 0);
        XliffDocument one = new XliffDocument("a.txt", org.tarjoman.core.document.SourceFormat.TEXT, "fa", "ru", List.of(),
                List.of(new XliffGroup("b0", BlockType.PARAGRAPH, List.of(unit))), null);

        for (XliffVersion version : XliffVersion.values()) {
            assertThat(XliffSamples.read(XliffSamples.write(one, version)).units().findFirst().orElseThrow().state())
                    .as(version.label()).isEqualTo(state);
        }
    }

    @Test
    void shouldReadAn12FileRewrittenByACatTool() throws IOException {
        XliffDocument read = XliffSamples.read(fixture("cat-rewritten-1.2.xlf"));

        assertThat(read.targetLanguage()).isEqualTo("en-US");
        List<XliffUnit> units = read.units().toList();
        List<XliffUnit> ours = document.units().toList();
        assertThat(units).extracting(XliffUnit::source).containsExactlyElementsOf(ours.stream().map(XliffUnit::source).toList());
        assertThat(units).extracting(XliffUnit::state)
                .containsExactly(XliffState.REVIEWED, XliffState.TRANSLATED, XliffState.TRANSLATED, XliffState.NEW);
        assertThat(units.get(0).target()).isEqualTo("Pezeshkian's trip to Moscow");
        assertThat(units.get(1).target()).isEqualTo(XliffSamples.TARGETS.get(1));
        assertThat(units.get(2).target())
                .isEqualTo("<g id=\"1\">IRNA</g> reported on 17 January 2025.<x id=\"2\"/>Trade reached $3.5 billion &amp; more.");
        assertThat(units.get(3).target()).isNull();
        assertThat(units.get(0).notes()).containsExactly("Headline: keep it short");
        assertThat(units.get(1).matches()).extracting(XliffMatch::score).containsExactly(87);
        assertThat(units).extracting(XliffUnit::version).containsExactly(0L, 1L, 2L, 3L);
        assertThat(units.get(1).line()).isEqualTo(22);
        // every target carries the source's codes exactly once
        for (int i = 1; i < 3; i++) {
            assertThat(TaggedText.parse(units.get(i).target(), ours.get(i).codes()).codes()).hasSameSizeAs(ours.get(i).codes());
        }
    }

    @Test
    void shouldReadA2FileRewrittenByACatTool() throws IOException {
        XliffDocument read = XliffSamples.read(fixture("cat-rewritten-2.0.xlf"));

        List<XliffUnit> units = read.units().toList();
        List<XliffUnit> ours = document.units().toList();
        assertThat(units).extracting(XliffUnit::source).containsExactlyElementsOf(ours.stream().map(XliffUnit::source).toList());
        assertThat(units).extracting(XliffUnit::state)
                .containsExactly(XliffState.REVIEWED, XliffState.TRANSLATED, XliffState.TRANSLATED, XliffState.NEW);
        assertThat(units.get(1).target()).isEqualTo(XliffSamples.TARGETS.get(1));
        assertThat(units.get(2).target())
                .isEqualTo("<g id=\"1\">IRNA</g> reported on 17 January 2025.<x id=\"2\"/>Trade reached 3.5 billion\u00A0&amp; more.");
        assertThat(units.get(1).matches()).extracting(XliffMatch::score).containsExactly(88);
    }

    @Test
    void shouldReadAFileWrittenByOkapisXliff2Writer() {
        StringWriter out = new StringWriter();
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.create(out, "fa", "en");
            writer.writeStartFile(new StartFileData("f1"));
            for (XliffUnit ours : document.units().toList()) {
                Unit unit = new Unit(ours.id());
                unit.getExtAttributes().setAttribute(XliffWriter.TARJOMAN_NS, "version", String.valueOf(ours.version()));
                Segment segment = unit.appendSegment();
                append(segment.getSource(), ours.source(), ours.codes());
                String target = ours.target() != null ? ours.target() : ours.source();
                append(segment.getTarget(net.sf.okapi.lib.xliff2.core.Part.GetTarget.CREATE_EMPTY), target, ours.codes());
                segment.setState("translated");
                writer.writeUnit(unit);
            }
            writer.writeEndFile();
        }

        XliffDocument read = XliffSamples.read(out.toString());

        List<XliffUnit> ours = document.units().toList();
        List<XliffUnit> units = read.units().toList();
        assertThat(units).extracting(XliffUnit::id).containsExactlyElementsOf(ours.stream().map(XliffUnit::id).toList());
        assertThat(units).extracting(XliffUnit::source).containsExactlyElementsOf(ours.stream().map(XliffUnit::source).toList());
        assertThat(units).extracting(XliffUnit::state).containsOnly(XliffState.TRANSLATED);
        assertThat(units).extracting(XliffUnit::version).containsExactlyElementsOf(ours.stream().map(XliffUnit::version).toList());
        assertThat(units.get(1).target()).isEqualTo(XliffSamples.TARGETS.get(1));
    }

    @Test
    void shouldRefuseOverlappingCodesWithLineAndUnit() {
        String xliff = v2Unit("<source><pc id=\"1\">a<pc id=\"2\">b</pc></pc></source>"
                + "<target><sc id=\"1\"/>a<sc id=\"2\"/>b<ec startRef=\"1\"/><ec startRef=\"2\"/></target>");

        assertThatThrownBy(() -> XliffSamples.read(xliff)).isInstanceOfSatisfying(XliffFormatException.class, e -> {
            assertThat(e.unitId()).isEqualTo("9");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).contains("pairs must nest");
        });
    }

    @Test
    void shouldRefuseACodeIdThatIsNotANumber() {
        assertThatThrownBy(() -> XliffSamples.read(v2Unit("<source>a<ph id=\"x1\"/></source>")))
                .isInstanceOfSatisfying(XliffFormatException.class, e -> assertThat(e.unitId()).isEqualTo("9"))
                .hasMessageContaining("x1");
    }

    @Test
    void shouldRefuseAFileThatIsNotXliff() {
        assertThatThrownBy(() -> XliffSamples.read("<tmx version=\"1.4\"/>")).isInstanceOf(XliffFormatException.class)
                .hasMessageContaining("<tmx>");
        assertThatThrownBy(() -> XliffSamples.read("<xliff version=\"1.2\"/>")).hasMessageContaining("namespace");
        assertThatThrownBy(() -> XliffSamples.read("")).isInstanceOf(XliffFormatException.class);
    }

    @Test
    void shouldRefuseMalformedXmlWithItsLine() {
        String broken = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fa\">\n"
                + "<file id=\"f\">\n<unit id=\"1\"><segment><source>a</target>";

        assertThatThrownBy(() -> XliffSamples.read(broken)).isInstanceOfSatisfying(XliffFormatException.class,
                e -> assertThat(e.line()).isEqualTo(3));
    }

    private static String v2Unit(String segment) {
        return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fa\" trgLang=\"en\">\n"
                + "<file id=\"f1\">\n"
                + "<unit id=\"9\">\n"
                + "<segment>" + segment + "</segment></unit></file></xliff>";
    }

    /** Our tagged text into an Okapi fragment, codes with their native data. */
    private static void append(Fragment fragment, String tagged, List<InlineCode> codes) {
        for (Token token : InlineTokens.parse(tagged)) {
            String id = Integer.toString(token.id());
            switch (token.kind()) {
                case TEXT -> fragment.append(token.text());
                case PLACEHOLDER -> fragment.appendCode(id, XliffWriter.code(codes, token.id(), Kind.PLACEHOLDER).data());
                case OPENING -> fragment.openCodeSpan(id, XliffWriter.code(codes, token.id(), Kind.OPENING).data());
                case CLOSING -> fragment.closeCodeSpan(id, XliffWriter.code(codes, token.id(), Kind.CLOSING).data());
            }
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = XliffReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
