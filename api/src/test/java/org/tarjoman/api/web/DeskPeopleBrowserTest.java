package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.reviewer;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * The desk's people in headless Chromium: a manager assigns a translator and a reviewer on the job page;
 * the translator lands on My work with a notification, opens the editor at the first segment and
 * translates; the reviewer is told, reviews and so delivers; the manager reopens the task for a correction.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class DeskPeopleBrowserTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final String MANAGER = "web-desk-manager";
    private static final String TRANSLATOR = "web-desk-nasrin";
    private static final String REVIEWER = "web-desk-kaveh";
    private static final String VISIT = "پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد.";
    private static final String TRADE = "حجم تجارت دو کشور ۱۵ درصد افزایش یافت.";
    private static final Map<String, String> ENGLISH = Map.of(
            VISIT, "Pezeshkian travelled to Moscow on 17 January 2025.",
            TRADE, "Trade between the two countries grew by 15 percent.");
    private static final String REASON = "نام کامل رئیس‌جمهور را بیاورید";

    @Test
    void shouldAssignNotifyTranslateReviewDeliverAndReopenForACorrection() {
        NEWSROOM.as(translator(TRANSLATOR)).get("/api/v1/me").then().statusCode(200);
        NEWSROOM.as(reviewer(REVIEWER)).get("/api/v1/me").then().statusCode(200);
        long jobId = job();
        long first = NEWSROOM.task(jobId, "en").segmentWithSource(VISIT).id();

        try (Browser browser = Browser.start(manager(MANAGER))) {
            browser.open("/jobs/" + jobId);
            WebElement card = browser.await(d -> d.findElements(By.cssSelector(".task-card[data-language='en'] form.assign"))
                    .stream().findFirst().orElse(null));
            new Select(card.findElement(By.name("translator"))).selectByValue(TRANSLATOR);
            new Select(card.findElement(By.name("reviewer"))).selectByValue(REVIEWER);
            WebElement due = card.findElement(By.name("dueAt"));
            browser.script("arguments[0].value = '2026-01-05T09:00';", due);
            card.findElement(By.cssSelector("button[type='submit']")).click();
            browser.await(d -> d.findElement(By.cssSelector(".task-card[data-language='en'] .facts")).getText()
                    .contains(TRANSLATOR));
            browser.checkPage("desk-people-job-assigned");

            browser.open("/");
            WebElement row = browser.await(d -> d.findElements(By.cssSelector("tr[data-job-id='" + jobId + "']"))
                    .stream().findFirst().orElse(null));
            browser.await(d -> !row.findElements(By.className("overdue-marker")).isEmpty());
            assertThat(row.findElement(By.className("overdue-marker")).getText()).isEqualTo("Overdue");
            browser.checkPage("desk-people-dashboard-overdue");
        }

        try (Browser browser = Browser.start(translator(TRANSLATOR))) {
            WebElement link = browser.await(d -> d.findElements(By.cssSelector("tr[data-job-id='" + jobId + "'] a.my-task-link"))
                    .stream().findFirst().orElse(null));
            assertThat(link.getDomAttribute("dir")).isEqualTo("auto");
            assertThat(link.getDomAttribute("href")).endsWith("/jobs/" + jobId + "/en#segment-" + first);
            browser.await(d -> !List.of("", "0").contains(unreadCount(browser)));
            browser.checkPage("desk-people-my-work");
            browser.driver.findElement(By.id("notifications-button")).click();
            browser.await(d -> d.findElement(By.id("notifications-panel")).getText().contains("assigned you the en task"));
            browser.checkPage("desk-people-notifications");
            browser.driver.findElement(By.id("notifications-button")).sendKeys(Keys.ESCAPE);
            browser.await(d -> !d.findElement(By.id("notifications-panel")).isDisplayed());

            link.click();
            browser.await(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(browser.driver.findElement(By.cssSelector(".seg.active")).getDomAttribute("data-segment-id"))
                    .isEqualTo(String.valueOf(first));
            confirmAll(browser, jobId, Keys.chord(Keys.CONTROL, Keys.ENTER), "TRANSLATED");
            browser.checkPage("desk-people-translated");
        }

        try (Browser browser = Browser.start(reviewer(REVIEWER))) {
            WebElement link = browser.await(d -> d.findElements(By.cssSelector("tr[data-job-id='" + jobId + "'] a.my-task-link"))
                    .stream().findFirst().orElse(null));
            browser.driver.findElement(By.id("notifications-button")).click();
            browser.await(d -> d.findElement(By.id("notifications-panel")).getText().contains("is ready for review"));
            browser.checkPage("desk-people-review-ready");
            browser.driver.findElement(By.id("notifications-read-all")).click();
            browser.await(d -> "0".equals(unreadCount(browser)));

            link.click();
            browser.await(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            confirmAll(browser, jobId, Keys.chord(Keys.CONTROL, Keys.ENTER), "REVIEWED");
            browser.checkPage("desk-people-reviewed");
        }
        NEWSROOM.jobs().get(jobId).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DONE"));

        try (Browser browser = Browser.start(manager(MANAGER))) {
            browser.open("/jobs/" + jobId);
            WebElement form = browser.await(d -> d.findElements(By.cssSelector(".task-card[data-language='en'] form.reopen"))
                    .stream().findFirst().orElse(null));
            form.findElement(By.name("reason")).sendKeys(REASON);
            form.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement rounds = browser.await(d -> d.findElements(By.cssSelector(".task-card[data-language='en'] .rounds"))
                    .stream().findFirst().orElse(null));
            assertThat(rounds.getText()).contains("Round 2: reopened by " + MANAGER).contains(REASON);
            assertThat(rounds.findElement(By.cssSelector("span[dir='auto']")).getText()).isEqualTo(REASON);
            browser.checkPage("desk-people-reopened");
        }
        NEWSROOM.jobs().get(jobId).then().statusCode(200).body("tasks[0].status", org.hamcrest.Matchers.equalTo("IN_REVIEW"))
                .body("tasks[0].round", org.hamcrest.Matchers.equalTo(2));
        NEWSROOM.as(translator(TRANSLATOR)).request().get("/api/v1/notifications").then().statusCode(200)
                .body("notifications.kind", org.hamcrest.Matchers.hasItem("REOPENED"));
    }

    /** The badge's figure, or "" before it shows. */
    private static String unreadCount(Browser browser) {
        Object count = browser.script("return document.querySelector('.notification-count')?.textContent ?? '';");
        return String.valueOf(count);
    }

    /** Types each segment's English into the active row, in article order, confirming with {@code keys}. */
    private static void confirmAll(Browser browser, long jobId, CharSequence keys, String status) {
        for (String source : List.of(VISIT, TRADE)) {
            long id = NEWSROOM.task(jobId, "en").segmentWithSource(source).id();
            WebElement editor = browser.activate(id);
            if (editor.getDomProperty("value").isBlank()) {
                editor.sendKeys(ENGLISH.get(source));
            }
            editor.sendKeys(keys);
            browser.awaitRow(id, status, "saved");
        }
    }

    private static long job() {
        String memory = "fa-en-web-desk-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        NEWSROOM.memories().create(memory, "Desk people browser test", false);
        return NEWSROOM.submit(VISIT + " " + TRADE).titled("سفر پزشکیان به مسکو").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
    }
}
