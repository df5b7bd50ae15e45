package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InlineCodeCheckTest {

    /** From the IRNA article as a news page: bold ambassador, a link to IRNA, a line break. */
    private static final String SOURCE = "<g id=\"1\">سفیر کشورمان</g> در فدراسیون روسیه به گزارش <g id=\"2\">ایرنا</g> گفت:<x id=\"3\"/>";

    private static List<Finding> tags(String target) {
        return Qa.en(SOURCE, target).stream().filter(f -> f.code().name().startsWith("TAG_")).toList();
    }

    @Test
    void shouldAcceptEveryCodeOnceInTheSourcesOrder() {
        assertThat(tags("<g id=\"1\">Our ambassador</g> to the Russian Federation told <g id=\"2\">IRNA</g>:<x id=\"3\"/>"))
                .isEmpty();
    }

    @Test
    void shouldReportALostCodeOnTheSourceTag() {
        String target = "<g id=\"1\">Our ambassador</g> to the Russian Federation told IRNA:<x id=\"3\"/>";

        List<Finding> findings = tags(target);

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.TAG_MISSING, FindingCode.TAG_MISSING);
        assertThat(findings).extracting(f -> Qa.spanned(f, SOURCE, target)).containsExactly("<g id=\"2\">", "</g>");
        assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void shouldReportACodeTheSourceDoesNotHaveOrHasFewerTimes() {
        String target = "<g id=\"1\">Our ambassador</g> to the Russian Federation told <g id=\"2\">IRNA</g>:<x id=\"3\"/><x id=\"3\"/><x id=\"4\"/>";

        List<Finding> findings = tags(target);

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.TAG_EXTRA, FindingCode.TAG_EXTRA);
        assertThat(findings).extracting(f -> Qa.spanned(f, SOURCE, target)).containsExactly("<x id=\"3\"/>", "<x id=\"4\"/>");
    }

    @Test
    void shouldWarnWhenTheCodesAreAllThereInAnotherOrder() {
        String target = "<g id=\"2\">IRNA</g> was told by <g id=\"1\">our ambassador</g> to the Russian Federation:<x id=\"3\"/>";

        assertThat(tags(target)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TAG_ORDER);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(Qa.spanned(f, SOURCE, target)).isEqualTo("<g id=\"2\">");
        });
    }

    @Test
    void shouldReportACodeWhoseCountDiffersAsTheBrowserDid() {
        // web/js/qa.js compared counts; the server names which code it is.
        assertThat(tags("Our ambassador to the Russian Federation told IRNA:")).hasSize(5);
    }
}
