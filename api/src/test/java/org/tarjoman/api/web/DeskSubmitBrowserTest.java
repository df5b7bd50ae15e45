package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TestData;

/**
 * Submit and deliver in headless Chromium, from the first click: the dashboard's link, the IRNA sample
 * pasted with its segmentation previewed, a refused submission, the job page with its analysis, a Word
 * file, a resubmission with a changed paragraph and its changes, and the downloads.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class DeskSubmitBrowserTest {

    private static final String HEADLINE = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldSubmitThePastedIrnaArticleResubmitItAndDeliverIt() {
        String externalId = "irna-desk-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        browser.open("/");
        browser.await(d -> d.findElement(By.id("submit-link"))).click();
        browser.await(d -> d.findElements(By.cssSelector("#targets input[value='en']")).size() == 1);
        browser.checkPage("submit-empty");

        paste(TestData.irnaMoscowVisit());
        browser.await(d -> d.findElement(By.id("preview-status")).getText().contains("segments"));
        assertThat(browser.driver.findElement(By.cssSelector("#preview .segments li")).getText()).isEqualTo(HEADLINE);
        assertThat(browser.driver.findElement(By.cssSelector("#preview .segments")).getDomAttribute("dir")).isEqualTo("rtl");
        browser.checkPage("submit-preview");

        browser.driver.findElement(By.id("submit-job")).click();
        WebElement error = browser.await(d -> d.findElement(By.id("submit-error")).isDisplayed()
                ? d.findElement(By.id("submit-error")) : null);
        assertThat(error.getText()).contains("title: must not be empty");
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("submit-error");
        browser.checkPage("submit-error");

        browser.driver.findElement(By.id("title")).sendKeys("Pezeshkian's visit to Moscow (desk)");
        browser.driver.findElement(By.id("external-id")).sendKeys(externalId);
        browser.driver.findElement(By.id("submit-job")).click();
        long first = awaitJobPage();
        assertThat(browser.driver.findElements(By.cssSelector(".task-card[data-language='en'] table.analysis tr[data-band]")))
                .hasSize(8);
        assertThat(browser.driver.findElement(By.id("changes")).isDisplayed()).isFalse();
        browser.checkPage("submit-job");

        browser.open("/submit.html");
        browser.await(d -> d.findElements(By.cssSelector("#targets input[value='en']")).size() == 1);
        browser.driver.findElement(By.id("title")).sendKeys("Pezeshkian's visit to Moscow (desk)");
        browser.driver.findElement(By.id("external-id")).sendKeys(externalId);
        paste(TestData.irnaMoscowVisit().replaceFirst("تاریخی خواهد بود", "بسیار مهم خواهد بود"));
        browser.await(d -> d.findElement(By.id("preview-status")).getText().contains("segments"));
        browser.driver.findElement(By.id("submit-job")).click();
        long second = awaitJobPage();
        assertThat(second).isNotEqualTo(first);
        WebElement changes = browser.await(d -> d.findElement(By.id("changes")).isDisplayed() ? d.findElement(By.id("changes")) : null);
        assertThat(changes.findElement(By.id("changes-summary")).getText()).startsWith("1 changed, 0 added, 0 removed");
        assertThat(changes.findElement(By.cssSelector(".change[data-type='changed'] .after li")).getText())
                .isEqualTo("جلالی: سفر پزشکیان به مسکو، بسیار مهم خواهد بود");
        assertThat(changes.findElement(By.cssSelector(".change .after ol")).getDomAttribute("dir")).isEqualTo("rtl");
        browser.checkPage("submit-changes");

        WebElement english = browser.driver.findElement(By.cssSelector(".task-card[data-language='en']"));
        String review = english.findElement(By.partialLinkText("Review document")).getDomAttribute("href");
        String xliff = english.findElement(By.linkText("XLIFF 2.1")).getDomAttribute("href");
        Map<String, Object> reviewDownload = download(review);
        assertThat(reviewDownload.get("status")).isEqualTo(200L);
        assertThat((String) reviewDownload.get("disposition")).startsWith("attachment; filename=\"irna-desk-").endsWith("-r2-en-review.html\"");
        assertThat((String) reviewDownload.get("body")).contains("dir=\"rtl\">جلالی: سفر پزشکیان به مسکو، بسیار مهم خواهد بود</td>");
        Map<String, Object> xliffDownload = download(xliff);
        assertThat(xliffDownload.get("status")).isEqualTo(200L);
        assertThat((String) xliffDownload.get("body")).contains("urn:oasis:names:tc:xliff:document:2.0");
    }

    @Test
    void shouldSubmitAWordFile() {
        browser.open("/submit.html");
        browser.await(d -> d.findElements(By.cssSelector("#targets input[value='ru']")).size() == 1);
        browser.driver.findElement(By.cssSelector("#targets input[value='ru']")).click(); // English only
        browser.driver.findElement(By.id("file")).sendKeys(TestData.irnaMoscowVisitDocxFile().toString());
        browser.await(d -> d.findElement(By.id("preview-status")).getText().contains("segments"));
        assertThat(browser.driver.findElement(By.id("file-name")).getText()).isEqualTo("Word file: irna-moscow-visit-fa.docx");
        assertThat(browser.driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo("irna-moscow-visit-fa");
        assertThat(browser.driver.findElement(By.cssSelector("#preview .segments li")).getText()).isEqualTo(HEADLINE);
        browser.checkPage("submit-docx");

        browser.driver.findElement(By.id("submit-job")).click();
        awaitJobPage();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector(".task-card"));
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).getDomAttribute("data-language")).isEqualTo("en");
        browser.checkPage("submit-docx-job");
    }

    /** Pastes as a person would: the text lands in the text area in one go and the page hears an input event. */
    private static void paste(String text) {
        browser.script("const area = document.getElementById('article'); area.focus(); area.value = arguments[0];"
                + "area.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));", text);
    }

    private static long awaitJobPage() {
        browser.await(d -> d.getCurrentUrl().matches(".*/jobs/[0-9]+$") && !d.findElements(By.cssSelector(".task-card")).isEmpty());
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /** Fetches a download link with the page's session, as the browser would on a click. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> download(String href) {
        return (Map<String, Object>) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(async (r) => done({status: r.status, "
                + "disposition: r.headers.get('Content-Disposition'), body: await r.text()}));", href);
    }
}
