package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/** The dashboard and the job page in headless Chromium. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class DashboardBrowserTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
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
    void shouldListJobsWithProgressPerLanguageAndFilterThem() {
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Pezeshkian's visit to Moscow (dashboard)").to("en", "ru")
                .create();
        browser.open("/");
        WebElement row = browser.await(d -> d.findElements(By.cssSelector("#jobs tr[data-job-id='" + job + "']"))
                .stream().findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector("a[href='/jobs/" + job + "']")).getText())
                .isEqualTo("Pezeshkian's visit to Moscow (dashboard)");
        assertThat(row.findElements(By.cssSelector("a[href^='/jobs/" + job + "/'] .progress"))).hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/q/swagger-ui'], a[href='/q/openapi'], a[href='/preview.html']")))
                .hasSize(3);
        browser.checkPage("dashboard");

        browser.driver.findElement(By.name("q")).sendKeys("(dashboard)");
        browser.await(d -> d.getCurrentUrl().contains("q=%28dashboard%29"));
        browser.await(d -> d.findElements(By.cssSelector("#jobs tbody tr")).size() == 1);
        assertThat(browser.driver.findElement(By.cssSelector("#jobs tbody tr")).getDomAttribute("data-job-id"))
                .isEqualTo(String.valueOf(job));
    }

    @Test
    void shouldShowAJobWithItsAnalysisTasksAndDownloads() {
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Pezeshkian's visit to Moscow (job page)").to("en", "ru")
                .create();
        browser.open("/jobs/" + job);
        browser.await(d -> d.findElements(By.cssSelector(".task-card")).size() == 2);
        WebElement english = browser.driver.findElement(By.cssSelector(".task-card[data-language='en']"));
        assertThat(english.findElements(By.cssSelector("table.analysis tr[data-band]"))).hasSize(8);
        List<String> downloads = english.findElements(By.cssSelector(".downloads a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        String task = "/api/v1/jobs/" + job + "/tasks/en/";
        assertThat(downloads).contains(task + "document", task + "xliff?version=1.2", task + "xliff?version=2.1", task + "tmx");
        assertThat(english.findElement(By.linkText("Open the en editor")).getDomAttribute("href")).isEqualTo("/jobs/" + job + "/en");
        browser.checkPage("job");
    }
}
