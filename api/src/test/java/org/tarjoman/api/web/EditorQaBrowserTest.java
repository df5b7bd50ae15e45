package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * The editor shows the server's QA findings on the row as the translator types (a draft check, nothing
 * saved) and after a save: code, message and the span highlighted. The rules are the server's alone.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class EditorQaBrowserTest {

    private static final String VISIT = "پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد.";
    private static final String TRADE = "حجم تجارت دو کشور ۱۵ درصد افزایش یافت.";
    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    private static Browser browser;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = Browser.start(translator("Mina"));
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
    void shouldShowAWrongSolarHijriDateWhileTypingAndNothingOnceItIsRight() {
        long job = job();
        long visit = english(job).segmentWithSource(VISIT).id();
        browser.openEditor(job, "en");
        WebElement editor = browser.activate(visit);

        editor.sendKeys("Pezeshkian travelled to Moscow on 18 January 2025.");

        WebElement finding = awaitFinding("DATE_MISMATCH");
        assertThat(finding.getText()).contains("17 January 2025");
        WebElement span = finding.findElement(By.cssSelector(".qa-span"));
        assertThat(span.getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(span.getDomAttribute("lang")).isEqualTo("en");
        assertThat(span.findElement(By.tagName("mark")).getText()).isEqualTo("18 January 2025");
        assertThat(browser.row(visit).getDomAttribute("data-qa")).isEqualTo("error");

        editor.clear();
        editor.sendKeys("Pezeshkian travelled to Moscow on 17 January 2025.");

        browser.await(d -> d.findElements(By.cssSelector(".seg.active .qa-finding")).isEmpty() ? true : null);
        assertThat(browser.row(visit).getDomAttribute("data-qa")).isEqualTo("ok");
    }

    @Test
    void shouldShowAMissingNumberInTheSourceRightToLeft() {
        long job = job();
        long trade = english(job).segmentWithSource(TRADE).id();
        browser.openEditor(job, "en");
        WebElement editor = browser.activate(trade);

        editor.sendKeys("Trade between the two countries grew.");

        WebElement span = awaitFinding("NUMBER_MISSING").findElement(By.cssSelector(".qa-span"));
        assertThat(span.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(span.getDomAttribute("lang")).isEqualTo("fa");
        assertThat(span.findElement(By.tagName("mark")).getText()).startsWith("۱۵");

        editor.sendKeys(Keys.BACK_SPACE, " by 15 percent.");
        browser.await(d -> d.findElements(By.cssSelector(".seg.active .qa-finding")).isEmpty() ? true : null);
    }

    @Test
    void shouldShowTheFindingsASaveAnsweredWith() {
        long job = job();
        long visit = english(job).segmentWithSource(VISIT).id();
        browser.openEditor(job, "en");
        WebElement editor = browser.activate(visit);

        editor.sendKeys("Pezeshkian travelled to Moscow on 18 January 2025.");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitRow(visit, "TRANSLATED", "saved");

        WebElement mark = browser.row(visit).findElement(By.className("seg-qa"));
        assertThat(browser.row(visit).getDomAttribute("data-qa")).isEqualTo("error");
        assertThat(mark.getDomAttribute("title")).startsWith("DATE_MISMATCH: ");

        browser.reloadEditor();
        browser.await(d -> "error".equals(browser.row(visit).getDomAttribute("data-qa")) ? true : null);
    }

    @Test
    void shouldInsertTheSolarHijriDateAsTheTargetWritesItWithOneKey() {
        long job = job();
        long visit = english(job).segmentWithSource(VISIT).id();
        browser.openEditor(job, "en");
        WebElement editor = browser.activate(visit);
        WebElement date = browser.await(d -> d.findElements(By.cssSelector(".seg.active .placeable[data-type='DATE']"))
                .stream().findFirst().orElse(null));
        assertThat(date.findElement(By.cssSelector("[lang='fa']")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(date.findElement(By.className("placeable-value")).getText()).isEqualTo("17 January 2025");
        String key = date.findElement(By.tagName("kbd")).getText().replace("Alt+", "");

        editor.sendKeys("Pezeshkian travelled to Moscow on ");
        editor.sendKeys(Keys.chord(Keys.ALT, key));
        editor.sendKeys(".");

        assertThat(editor.getDomProperty("value")).isEqualTo("Pezeshkian travelled to Moscow on 17 January 2025.");
        browser.awaitRow(visit, "DRAFT", "saved");
        assertThat(browser.row(visit).getDomAttribute("data-qa")).isEqualTo("ok");
    }

    private static WebElement awaitFinding(String code) {
        return browser.await(d -> d.findElements(By.cssSelector(".seg.active .qa-finding[data-code='" + code + "']"))
                .stream().findFirst().orElse(null));
    }

    private static TaskClient english(long job) {
        return NEWSROOM.task(job, "en");
    }

    /** The two-sentence article, writing to a memory of its own so the shared ones stay as other tests expect. */
    private static long job() {
        String memory = NEWSROOM.memories().create("fa-en-editor-qa-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                "Editor QA tests", false);
        return NEWSROOM.submit(VISIT + " " + TRADE).titled("Pezeshkian in Moscow").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
    }
}
