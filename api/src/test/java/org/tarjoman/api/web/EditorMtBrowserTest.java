package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;
import org.tarjoman.api.testing.mt.ScriptedEngine;

/** Machine translation in the editor, in headless Chromium: the drafts MT wrote, its progress, and Ctrl+0. */
@QuarkusTest
@TestProfile(EditorMtBrowserTest.WithScriptedMt.class)
@RequiresChromium
class EditorMtBrowserTest {

    /** The browser tests' own database, with {@link ScriptedEngine} as machine translation. */
    public static class WithScriptedMt implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ScriptedEngine.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tarjoman.data-dir", "target/test-data-web-mt",
                    "tarjoman.pretranslation.poll-interval", "200ms");
        }
    }

    private static final String HEADLINE = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";
    private static final String HEADLINE_EN = "Jalali: Pezeshkian's visit to Moscow will be historic";
    private static final String SUBHEADING = "رویکردهای مشترک ایران و روسیه";
    private static final String SUBHEADING_EN = "Common approaches of Iran and Russia";

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void shouldShowTheMtDraftsAndTakeTheMtSuggestionWithCtrl0() throws InterruptedException {
        ScriptedEngine.reset();
        ScriptedEngine.answer(HEADLINE, HEADLINE_EN);
        ScriptedEngine.answer(SUBHEADING, SUBHEADING_EN);
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Pre-translated by MT").to("en").create();
        TaskClient english = NEWSROOM.task(job, "en");
        for (int i = 0; i < 300 && !"DONE".equals(english.getMt().then().extract().jsonPath().getString("state")); i++) {
            Thread.sleep(100);
        }
        browser = Browser.start(translator("Parisa"));

        browser.openEditor(job, "en");

        WebElement progress = browser.await(d -> {
            WebElement badge = d.findElement(By.id("task-mt"));
            return badge.getText().startsWith("MT done") ? badge : null;
        });
        assertThat(progress.getDomAttribute("data-state")).isEqualTo("DONE");
        long subheading = english.segmentWithSource(SUBHEADING).id();
        assertThat(browser.row(subheading).findElement(By.className("seg-target")).getText()).isEqualTo(SUBHEADING_EN);

        long headline = english.segmentWithSource(HEADLINE).id();
        WebElement editor = browser.activate(headline);
        WebElement suggestion = browser.await(d -> d.findElements(By.cssSelector(".seg.active .mt-suggestion")).stream()
                .findFirst().orElse(null));
        assertThat(suggestion.findElement(By.className("kind-mt")).getText()).isEqualTo("MT");
        assertThat(suggestion.findElement(By.className("match-target")).getText()).isEqualTo(HEADLINE_EN);
        browser.checkPage("editor-mt");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys("Jalali");
        browser.awaitRow(headline, "DRAFT", "saved");

        editor.sendKeys(Keys.chord(Keys.CONTROL, "0"));

        assertThat(editor.getDomProperty("value")).isEqualTo(HEADLINE_EN);
        browser.await(d -> HEADLINE_EN.equals(english.segment(headline).target()));
        browser.awaitRow(headline, "DRAFT", "saved");
        assertThat(english.segments().getString("segments.find { it.id == " + headline + " }.origin")).isEqualTo("MT");
    }
}
