package org.tarjoman.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.lib.xliff2.core.Unit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.InlineCode;

/** Every file we write passes the OASIS schema of its version and reads in Okapi. */
class XliffWriterTest {

    private final XliffDocument document = XliffSamples.document();

    @Test
    void shouldPassTheXliff12StrictSchema() throws Exception {
        XliffSchemas.validate(XliffSchemas.XLIFF_12, XliffSamples.write(document, XliffVersion.V1_2));
    }

    @Test
    void shouldPassTheXliff2CoreAndMatchesSchemas() throws Exception {
        XliffSchemas.validate(XliffSchemas.XLIFF_2, XliffSamples.write(document, XliffVersion.V2_1));
    }

    @Test
    void shouldFailTheSchemaWhenAFileIsBroken() {
        String broken = new String(XliffSamples.write(document, XliffVersion.V2_1), StandardCharsets.UTF_8)
                .replace("state=\"translated\"", "state=\"done\"");

        assertThatThrownBy(() -> XliffSchemas.validate(XliffSchemas.XLIFF_2, broken.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("done");
    }

    @Test
    void shouldBeReadByOkapisXliff12FilterWithSourcesAndTargets() {
        List<ITextUnit> units = OkapiValidators.xliff12(XliffSamples.write(document, XliffVersion.V1_2), "en");

        List<XliffUnit> ours = document.units().toList();
        assertThat(units).extracting(ITextUnit::getId).containsExactlyElementsOf(ours.stream().map(XliffUnit::id).toList());
        assertThat(units.get(1).getSource().getFirstContent().getText()).contains("سفیر ایران گفت: این سفر ");
        assertThat(units.get(1).getSource().getFirstContent().getCodes()).extracting(c -> c.getData())
                .containsExactly("<b>", "</b>");
        assertThat(units.get(1).getTarget(net.sf.okapi.common.LocaleId.ENGLISH).getFirstContent().getText())
                .contains("The Iranian ambassador said the trip will be ");
    }

    @Test
    void shouldBeReadByOkapisValidatingXliff2Reader() {
        List<Unit> units = OkapiValidators.xliff2(XliffSamples.write(document, XliffVersion.V2_1));

        assertThat(units).extracting(Unit::getId).containsExactlyElementsOf(document.units().map(XliffUnit::id).toList());
        Unit second = units.get(1);
        assertThat(second.getPart(0).getSource().getPlainText()).isEqualTo("سفیر ایران گفت: این سفر تاریخی خواهد بود.");
        assertThat(second.getPart(0).getSource().getOwnTags().get(0)).isInstanceOf(net.sf.okapi.lib.xliff2.core.CTag.class);
        assertThat(((net.sf.okapi.lib.xliff2.core.CTag) second.getPart(0).getSource().getOwnTags().get(0)).getData()).isEqualTo("<b>");
        assertThat(second.getPart(0).getTarget().getPlainText()).isEqualTo("The Iranian ambassador said the trip will be historic.");
        assertThat(second.getMatches()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void shouldKeepPersianTextExactlyAndCarryEveryCodesMarkup(XliffVersion version) {
        String xliff = new String(XliffSamples.write(document, version), StandardCharsets.UTF_8);

        assertThat(xliff).contains("دی\u200Cماه ۱۴۰۳", "رئیس\u200Cجمهور", "همکاری\u200Cها", "۳٫۵");
        for (InlineCode code : document.units().flatMap(u -> u.codes().stream()).toList()) {
            assertThat(xliff).contains(code.data().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void shouldValidateWhenTheTaskHasNoTargetsMatchesOrNotes(XliffVersion version) throws Exception {
        XliffDocument bare = new XliffDocument("job-1_en.html", document.format(), "fa", "en", List.of(),
                document.groups().stream().map(g -> new XliffGroup(g.id(), g.type(), g.units().stream()
                        .map(u -> new XliffUnit(u.id(), u.source(), u.codes(), null, XliffState.NEW, null, null, null,
                                List.of(), List.of(), 0)).toList())).toList(), null);
        byte[] xliff = XliffSamples.write(bare, version);

        XliffSchemas.validate(version == XliffVersion.V1_2 ? XliffSchemas.XLIFF_12 : XliffSchemas.XLIFF_2, xliff);
        if (version == XliffVersion.V2_1) {
            assertThat(OkapiValidators.xliff2(xliff)).hasSize((int) bare.units().count());
        } else {
            assertThat(OkapiValidators.xliff12(xliff, "en")).hasSize((int) bare.units().count());
        }
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void shouldEscapeMarkupInTextAndAttributesSoTheFileReadsBackTheSame(XliffVersion version) {
        XliffDocument risky = withFirstUnit("a&b \"quoted\" <file>.html",
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; سفیر\r\n");
        String xliff = new String(XliffSamples.write(risky, version), StandardCharsets.UTF_8);

        assertThat(xliff).contains("original=\"a&amp;b &quot;quoted&quot; &lt;file&gt;.html\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; سفیر&#13;\n").doesNotContain("<script>");
        XliffDocument read = XliffSamples.read(xliff);
        assertThat(read.fileName()).isEqualTo("a&b \"quoted\" <file>.html");
        assertThat(read.units().findFirst().orElseThrow().target())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; سفیر\r\n");
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void shouldRefuseATextXmlCannotCarryInsteadOfWritingAMalformedFile(XliffVersion version) {
        XliffDocument broken = withFirstUnit("irna.html", "Tehran\u0001");

        assertThatThrownBy(() -> XliffSamples.write(broken, version)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0001");
    }

    /** The sample with another file name and the first unit's target replaced. */
    private XliffDocument withFirstUnit(String fileName, String target) {
        List<XliffGroup> groups = new java.util.ArrayList<>(document.groups());
        XliffGroup first = groups.get(0);
        XliffUnit unit = first.units().get(0);
        List<XliffUnit> units = new java.util.ArrayList<>(first.units());
        units.set(0, new XliffUnit(unit.id(), unit.source(), unit.codes(), target, unit.state(), unit.origin(),
                unit.score(), unit.version(), unit.matches(), unit.notes(), 0));
        groups.set(0, new XliffGroup(first.id(), first.type(), units));
        return new XliffDocument(fileName, document.format(), "fa", "en", document.notes(), groups, null);
    }
}
