package org.tarjoman.api.job.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.tarjoman.api.job.xliff.XliffRoundTripTest.CAT_TRANSLATOR;
import static org.tarjoman.api.job.xliff.XliffRoundTripTest.english;
import static org.tarjoman.api.job.xliff.XliffRoundTripTest.htmlJob;
import static org.tarjoman.api.job.xliff.XliffRoundTripTest.pieces;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TaskClient;

/** Every file that cannot be imported is refused whole with a problem naming the unit and line; nothing changes. */
@QuarkusTest
class XliffBadInputTest {

    private long jobId;
    private TaskClient task;
    private String translated12;
    private String translated2;
    private List<Long> versionsBefore;

    @BeforeEach
    void exportAndTranslate() throws Exception {
        jobId = htmlJob("bad");
        task = english(jobId);
        translated12 = CatTool.translate(task.xliff("1.2"), pieces(jobId), "translated");
        translated2 = CatTool.translate(task.xliff("2.1"), pieces(jobId), "translated");
        versionsBefore = task.segments().getList("segments.version", Long.class);
    }

    @Test
    void shouldRefuseABodyThatIsNotXml() {
        refused("this is not XML").body("detail", containsString("not well-formed XML"));
    }

    @Test
    void shouldRefuseBillionLaughs() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY a \"ha\">\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n").append(translated2.substring(translated2.indexOf("<xliff")).replace("Pezeshkian's", "&k;"));

        refused(bomb.toString()).body("detail", containsString("DOCTYPE")).body("line", notNullValue());
    }

    @Test
    void shouldRefuseAnExternalEntityWithoutReadingIt() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + translated12.substring(translated12.indexOf("<xliff")).replace("Pezeshkian's", "&x;");

        refused(xxe).body("detail", containsString("DOCTYPE")).body("detail", org.hamcrest.Matchers.not(containsString("root:")));
    }

    @Test
    void shouldRefuseAnotherTargetLanguage() {
        refused(translated2.replace("trgLang=\"en\"", "trgLang=\"ru\"")).body("detail", containsString("'ru'"));
    }

    @Test
    void shouldRefuseAFileOfAnotherJob() throws Exception {
        long other = htmlJob("other");
        String theirs = CatTool.translate(english(other).xliff("2.1"), pieces(other), "translated");

        refused(theirs).body("detail", containsString("is not a segment of job " + jobId)).body("unit", notNullValue())
                .body("line", notNullValue());
    }

    @Test
    void shouldRefuseAnUnknownUnitIdWithItsLine() {
        String first = Long.toString(task.segments().getLong("segments[0].id"));
        String file = translated12.replace("trans-unit id=\"" + first + "\"", "trans-unit id=\"999999\"");

        refused(file).body("unit", equalTo("999999")).body("line", equalTo(lineOf(file, "id=\"999999\"")));
    }

    @Test
    void shouldRefuseAChangedSource() {
        String file = translated12.replaceFirst("<source xml:lang=\"fa\">سفر پزشکیان", "<source xml:lang=\"fa\">سفر رئیس‌جمهور");

        refused(file).body("detail", containsString("is not the stored source"))
                .body("unit", equalTo(Long.toString(task.segments().getLong("segments[0].id"))));
    }

    @Test
    void shouldRefuseATargetThatLosesAnInlineCode() {
        String second = Long.toString(task.segments().getLong("segments[1].id"));
        String file = translated12.replaceFirst("historic<ept id=\"1\">&lt;/b&gt;</ept>", "historic");

        refused(file).body("unit", equalTo(second)).body("detail", containsString("inline codes"))
                .body("line", equalTo(lineOf(file, "trans-unit id=\"" + second + "\"")));
    }

    @Test
    void shouldRefuseACodeUsedTwiceInXliff2() {
        int at = translated2.lastIndexOf("IRNA</pc>");
        String file = translated2.substring(0, at) + "IRNA</pc><ph id=\"1\"/>" + translated2.substring(at + "IRNA</pc>".length());

        refused(file).body("unit", equalTo(Long.toString(task.segments().getLong("segments[2].id"))))
                .body("detail", containsString("matches no source code"));
    }

    private ValidatableResponse refused(String body) {
        ValidatableResponse response = CAT_TRANSLATOR.task(jobId, "en").importXliff(body).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems.html#invalid-xliff"))
                .body("detail", containsString("Nothing was imported"));
        assertThat(task.segments().getList("segments.version", Long.class)).isEqualTo(versionsBefore);
        assertThat(task.segments().getList("segments.origin", String.class)).doesNotContain("IMPORT");
        return response;
    }

    private static int lineOf(String file, String text) {
        return file.substring(0, file.indexOf(text)).split("\n", -1).length;
    }
}
