package org.tarjoman.api.segmentation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.SegmentationClient;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SegmentationResourceTest {

    private static final SegmentationClient SEGMENTATION = new TarjomanClient().segmentation();
    private static final String HEADLINE = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";

    @Test
    void shouldSegmentTheIrnaArticleIntoHeadlineSubheadingsAndSentences() {
        JsonPath json = SEGMENTATION.segment(Map.of("text", TestData.irnaMoscowVisit(), "format", "text", "language", "fa"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("language", equalTo("fa"))
                .body("format", equalTo("text"))
                .body("words", greaterThan(550))
                .extract().jsonPath();

        assertThat(json.getString("blocks[0].type")).isEqualTo("heading");
        assertThat(json.getString("blocks[0].segments[0].text")).isEqualTo(HEADLINE);
        List<String> headings = json.getList("blocks.findAll { it.type == 'heading' }.segments.flatten().text");
        assertThat(headings).contains(HEADLINE, "رویکردهای مشترک ایران و روسیه", "روند مناسبات در سال ۲۰۲۴",
                "امیدواری به آماده شدن ۲ موافقتنامه همکاری حمل و نقل و گاز");
        List<String> segments = json.getList("blocks.segments.flatten().text");
        assertThat(segments).noneMatch(s -> s.endsWith("گفت:"))
                .contains("وی ادامه داد: آقای پوتین رئیسجمهور روسیه نیز در مصاحبه نتایج سال ۲۰۲۴ خود چندین بار این موضوع را مطرح کردند که ما بر روی استقلال خودمان تأکید داریم.");
    }

    @Test
    void shouldKeepSegmentTextExactlyAsReceived() {
        String text = "همکاری‌ها ادامه می‌یابد. رئيس‌جمهور گفت: حجم تجارت ۴٫۲ میليارد دلار است.";
        SEGMENTATION.segment(Map.of("text", text))
                .then().statusCode(200)
                .body("blocks[0].segments.text", equalTo(List.of("همکاری‌ها ادامه می‌یابد.",
                        "رئيس‌جمهور گفت: حجم تجارت ۴٫۲ میليارد دلار است.")))
                .body("blocks[0].segments[0].words", equalTo(3));
    }

    @Test
    void shouldListPlaceablesWithTheirSpans() {
        SEGMENTATION.segment(Map.of("text", "امضای موافقتنامه در ۲۸ دی ماه ۱۴۰۳ توسط پزشکیان و Vladimir Putin انجام می‌شود."))
                .then().statusCode(200)
                .body("blocks[0].segments[0].placeables.type", hasItem("date"))
                .body("blocks[0].segments[0].placeables.find { it.type == 'date' }.value", equalTo("2025-01-17"))
                .body("blocks[0].segments[0].placeables.find { it.type == 'latin' }.text", equalTo("Vladimir Putin"));
    }

    @Test
    void shouldAcceptAPlainTextBody() {
        SEGMENTATION.segment("text/plain; charset=UTF-8", TestData.irnaMoscowVisit().getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200)
                .body("blocks[0].segments[0].text", equalTo(HEADLINE));
    }

    @Test
    void shouldTurnHtmlMarkupIntoHeadingsAndInlineCodes() {
        String html = "<h1>سفر پزشکیان به مسکو</h1><p>سفیر ایران گفت: این سفر <b>تاریخی</b> خواهد بود.</p>";
        SEGMENTATION.segment("text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200)
                .body("format", equalTo("html"))
                .body("blocks.type", equalTo(List.of("heading", "paragraph")))
                .body("blocks[1].segments[0].text", equalTo("سفیر ایران گفت: این سفر تاریخی خواهد بود."))
                .body("blocks[1].segments[0].codes.type", equalTo(List.of("b", "b")))
                .body("blocks[1].segments[0].codes.data", equalTo(List.of("<b>", "</b>")))
                .body("blocks[1].segments[0].tagged", containsString("<g id=\"1\">تاریخی</g>"));
    }

    @Test
    void shouldSegmentLatinTextToo() {
        SEGMENTATION.segment(Map.of("text", "The U.N. envoy arrived on Monday. Talks begin at 10:30 today."))
                .then().statusCode(200)
                .body("blocks[0].segments", hasSize(2))
                .body("blocks[0].segments.text", everyItem(not(equalTo(""))));
    }
}
