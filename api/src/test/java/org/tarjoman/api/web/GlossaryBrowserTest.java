package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.tarjoman.api.testing.GlossaryClient;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * The glossary page in headless Chromium, as a coordinator: a term added, corrected and deleted in its
 * dialog, a CSV import refused with its line and reason, then imported, and the exports' addresses.
 * Glossary {@code fa-ru}; terms no other test uses, removed first so a second run starts the same.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class GlossaryBrowserTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final List<String> SOURCES = List.of("کتابخانه ملی", "نسخه خطی", "موزه ملک");

    @TempDir
    Path temp;

    @Test
    void shouldAddCorrectImportExportAndDeleteTerms() throws IOException {
        GlossaryClient glossary = NEWSROOM.glossary("fa-ru");
        for (String source : SOURCES) {
            glossary.list(Map.of("q", source)).jsonPath().getList("terms.id", Long.class).forEach(glossary::delete);
        }

        try (Browser browser = Browser.start(Identity.manager("web-glossary"))) {
            browser.open("/glossary.html?pair=fa-ru");
            browser.await(d -> d.findElement(By.id("term-total")).getText().contains("in fa-ru"));
            browser.checkPage("glossary-list");

            browser.driver.findElement(By.id("term-new")).click();
            WebElement dialog = browser.await(d -> d.findElement(By.id("term-editor")).isDisplayed()
                    ? d.findElement(By.id("term-editor")) : null);
            dialog.findElement(By.name("source")).sendKeys("کتابخانه ملی");
            dialog.findElement(By.name("target")).sendKeys("Национальная библиотека");
            dialog.findElement(By.name("forbidden")).sendKeys("Народная библиотека");
            new org.openqa.selenium.support.ui.Select(dialog.findElement(By.name("partOfSpeech"))).selectByValue("noun");
            dialog.findElement(By.name("domain")).sendKeys("culture");
            browser.checkPage("glossary-term-new");
            dialog.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement row = awaitRow(browser, "کتابخانه ملی");
            assertThat(row.findElement(By.cssSelector("td[dir='rtl']")).getText()).isEqualTo("کتابخانه ملی");
            assertThat(row.getText()).contains("Национальная библиотека", "Народная библиотека", "culture");

            row.findElement(By.cssSelector("button[aria-label='Correct کتابخانه ملی']")).click();
            dialog = browser.await(d -> d.findElement(By.id("term-editor")).isDisplayed() ? d.findElement(By.id("term-editor")) : null);
            dialog.findElement(By.name("alternatives")).sendKeys("Национальная библиотека Ирана");
            dialog.findElement(By.cssSelector("button[type='submit']")).click();
            settled(browser, d -> rowOf(browser, "کتابخانه ملی") != null
                    && rowOf(browser, "کتابخانه ملی").getText().contains("Национальная библиотека Ирана"));
            assertThat(glossary.list(Map.of("q", "کتابخانه ملی")).jsonPath().getList("terms[0].alternatives"))
                    .containsExactly("Национальная библиотека Ирана");

            Path bad = temp.resolve("bad.csv");
            Files.writeString(bad, "source,target,partOfSpeech\nنسخه خطی,рукопись,noun\nموزه ملک,Музей Малек,animal\n",
                    StandardCharsets.UTF_8);
            importFile(browser, bad);
            browser.await(d -> d.findElement(By.id("glossary-import-error")).getText().contains("Line 3"));
            assertThat(browser.driver.findElement(By.id("glossary-import-error")).getText()).contains("partOfSpeech",
                    "Nothing was imported");
            browser.checkPage("glossary-import-refused");
            assertThat(glossary.list(Map.of("q", "نسخه خطی")).jsonPath().getLong("total")).isZero();

            Path good = temp.resolve("good.csv");
            Files.writeString(good, "source,target,alternatives,partOfSpeech,domain\nنسخه خطی,рукопись,манускрипт,noun,culture\n"
                    + "موزه ملک,Музей Малек,,properNoun,culture\n", StandardCharsets.UTF_8);
            importFile(browser, good);
            browser.await(d -> d.findElement(By.id("glossary-status")).getText().contains("2 added"));
            awaitRow(browser, "موزه ملک");
            browser.checkPage("glossary-imported");

            String csv = browser.driver.findElement(By.id("export-csv")).getDomAttribute("href");
            String tbx = browser.driver.findElement(By.id("export-tbx")).getDomAttribute("href");
            assertThat(csv).isEqualTo("/api/v1/glossaries/fa-ru/terms.csv");
            assertThat(tbx).isEqualTo("/api/v1/glossaries/fa-ru/terms.tbx");
            Object exported = browser.script("return fetch(arguments[0]).then(r => r.text());", csv);
            assertThat((String) exported).contains("نسخه خطی,рукопись,манускрипт", "کتابخانه ملی,Национальная библиотека");
            Object tbxText = browser.script("return fetch(arguments[0]).then(r => r.text());", tbx);
            assertThat((String) tbxText).contains("<termSec>", "موزه ملک");

            awaitRow(browser, "موزه ملک").findElement(By.cssSelector("button[aria-label='Delete موزه ملک']")).click();
            acceptConfirm(browser);
            settled(browser, d -> rowOf(browser, "موزه ملک") == null);
            browser.checkPage("glossary-term-deleted");
        }
        assertThat(glossary.list(Map.of("q", "موزه ملک")).jsonPath().getLong("total")).isZero();
    }

    private static void importFile(Browser browser, Path file) {
        WebElement form = browser.driver.findElement(By.id("glossary-import"));
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private static WebElement awaitRow(Browser browser, String source) {
        return settled(browser, d -> rowOf(browser, source));
    }

    /** Waits as {@code Browser.await} does, through the moments the table is drawn again under it. */
    private static <T> T settled(Browser browser, java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private static WebElement rowOf(Browser browser, String source) {
        return browser.driver.findElements(By.cssSelector("#terms tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td")).getText().equals(source)).findFirst().orElse(null);
    }

    private static void acceptConfirm(Browser browser) {
        browser.await(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (NoAlertPresentException e) {
                return false;
            }
        });
    }
}
