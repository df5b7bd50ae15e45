package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/**
 * The memories page in headless Chromium, as a coordinator: the memories with their counts, a 50,000-unit
 * TMX imported while its progress bar moves to the end, another import cancelled (and nothing of it kept),
 * a unit found, corrected and deleted. Memory {@code fa-en-desk}; a second run merges the same units again.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class MemoriesDeskBrowserTest {

    private static final Logger LOG = Logger.getLogger(MemoriesDeskBrowserTest.class);
    private static final String MEMORY = "fa-en-desk";
    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final Duration IMPORT_WAIT = Duration.ofMinutes(4);

    @Inject
    DataSource dataSource;

    @TempDir
    Path temp;

    @Test
    void shouldImportA50000UnitTmxWatchingItsProgressBarReachTheEnd() throws IOException {
        ensureMemory();
        Path file = ntrexTmx(temp.resolve("ntrex-50k.tmx"), 50_000, "");

        try (Browser browser = Browser.start(Identity.manager("web-memories"))) {
            browser.open("/memories.html?memory=" + MEMORY);
            browser.await(d -> d.findElements(By.cssSelector("#memory-list tr[data-memory='" + MEMORY + "']")).size() == 1);
            browser.checkPage("memories-list");

            long started = System.nanoTime();
            upload(browser, file);
            browser.await(d -> d.findElement(By.id("import-followed")).isDisplayed());
            List<Long> seen = new ArrayList<>();
            boolean checkedRunning = false;
            WebDriverWait wait = new WebDriverWait(browser.driver, IMPORT_WAIT, Duration.ofMillis(150));
            // the state is read once per round: read twice, the import may end between the two reads
            for (String state = state(browser); !"DONE".equals(state); state = state(browser)) {
                assertThat(state).isIn("QUEUED", "RUNNING");
                assertThat(System.nanoTime() - started).as("the import ends in time").isLessThan(IMPORT_WAIT.toNanos());
                long value = barValue(browser);
                if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
                    seen.add(value);
                }
                if (!checkedRunning && value > 0 && value < 50_000) {
                    browser.checkPage("memories-import-running");
                    checkedRunning = true;
                }
                sleep(150);
            }
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            LOG.infof("50,000-unit TMX imported through the browser in %d s; progress values seen: %s", seconds, seen);

            assertThat(seen).as("the bar moved through values between 0 and the total").anyMatch(v -> v > 0 && v < 50_000);
            assertThat(seen).isSorted();
            assertThat(barValue(browser)).isEqualTo(50_000);
            assertThat(browser.driver.findElement(By.id("import-bar")).getDomProperty("max")).isEqualTo("50000");
            assertThat(browser.driver.findElement(By.id("import-figure")).getText()).isEqualTo("50,000 / 50,000 units");
            wait.until(d -> Long.parseLong(d.findElement(By.cssSelector("#memory-list tr[data-memory='" + MEMORY + "'] .units"))
                    .getText().replace(",", "")) >= 50_000);
            browser.await(d -> d.findElement(By.cssSelector("#imports tbody tr")).getDomAttribute("data-state").equals("DONE"));
            browser.checkPage("memories-import-done");
        }
        assertThat(NEWSROOM.memories().units(MEMORY)).isGreaterThanOrEqualTo(50_000);
    }

    @Test
    void shouldCancelARunningImportAndKeepNothingOfIt() throws IOException, SQLException {
        ensureMemory();
        Path file = ntrexTmx(temp.resolve("ntrex-cancelled.tmx"), 3_000, "لغو ");
        long before = NEWSROOM.memories().units(MEMORY);

        try (Browser browser = Browser.start(Identity.manager("web-memories"))) {
            browser.open("/memories.html?memory=" + MEMORY);
            browser.await(d -> d.findElements(By.cssSelector("#memory-list tbody tr")).size() > 0);
            try (Connection held = holdGeneration()) {
                upload(browser, file);
                // every unit read, the import waits to commit: the bar is at its end, the import still running
                // (no accessibility check here: H2 gives the import 10 s to get its lock before it fails)
                browser.await(d -> "RUNNING".equals(state(browser)) && barValue(browser) == 3_000);
                browser.screenshot("memories-import-waiting");
                browser.driver.findElement(By.id("import-cancel")).click();
                acceptConfirm(browser);
                browser.await(d -> "CANCELLED".equals(state(browser)));
                held.rollback();
            }
            browser.await(d -> d.findElement(By.id("import-label")).getText().contains("nothing of it was kept"));
            browser.await(d -> "CANCELLED".equals(d.findElement(By.cssSelector("#imports tbody tr")).getDomAttribute("data-state")));
            browser.checkPage("memories-import-cancelled");
        }
        String source = TestData.ntrexPersian().get(7) + " لغو 7";
        eventually(() -> NEWSROOM.memory(MEMORY).getMatches(Map.of("q", source, "threshold", 100))
                .jsonPath().getList("matches").isEmpty());
        assertThat(NEWSROOM.memories().units(MEMORY)).isEqualTo(before);
    }

    @Test
    void shouldFindCorrectAndDeleteAUnit() {
        ensureMemory();
        MemoryClient memory = NEWSROOM.memory(MEMORY);
        long id = memory.add("کتابخانه‌ی ملی ایران میزبان نمایشگاه نسخه‌های خطی شد.",
                "The National Library of Iran hosted an exhibition of manuscript.");

        try (Browser browser = Browser.start(Identity.manager("web-memories"))) {
            browser.open("/memories.html?memory=" + MEMORY);
            WebElement filter = browser.await(d -> d.findElement(By.id("unit-filter")));
            browser.await(d -> d.findElements(By.cssSelector("#units tbody tr")).size() > 0);
            filter.findElement(By.name("source")).sendKeys("کتابخانه‌ی ملی");
            filter.findElement(By.cssSelector("button[type='submit']")).click();
            browser.await(d -> d.findElements(By.cssSelector("#units tr[data-unit='" + id + "']")).size() == 1
                    && d.findElements(By.cssSelector("#units tbody tr")).size() == 1);
            WebElement source = browser.driver.findElement(By.cssSelector("#units tr[data-unit='" + id + "'] td[dir='rtl']"));
            assertThat(source.getText()).isEqualTo("کتابخانه‌ی ملی ایران میزبان نمایشگاه نسخه‌های خطی شد.");
            browser.checkPage("memories-unit-found");

            browser.driver.findElement(By.cssSelector("#units tr[data-unit='" + id + "'] button[aria-label='Correct unit " + id + "']"))
                    .click();
            WebElement dialog = browser.await(d -> {
                WebElement open = d.findElement(By.id("unit-editor"));
                return open.isDisplayed() ? open : null;
            });
            assertThat(dialog.findElement(By.id("unit-edit-source")).getDomAttribute("dir")).isEqualTo("rtl");
            WebElement target = dialog.findElement(By.name("target"));
            browser.checkPage("memories-unit-correcting");
            target.clear();
            target.sendKeys("The National Library of Iran hosted an exhibition of manuscripts.");
            dialog.findElement(By.cssSelector("button[type='submit']")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector("#units tr[data-unit='" + id + "']")).getText()
                            .contains("exhibition of manuscripts."));
            assertThat(memory.getUnit(id).jsonPath().getString("target"))
                    .isEqualTo("The National Library of Iran hosted an exhibition of manuscripts.");

            browser.driver.findElement(By.cssSelector("#units tr[data-unit='" + id + "'] button.secondary")).click(); // History
            browser.await(d -> d.findElements(By.cssSelector("#unit-history tbody tr")).size() == 1);
            browser.checkPage("memories-unit-history");

            browser.driver.findElement(By.cssSelector("#units tr[data-unit='" + id + "'] button[aria-label='Delete unit " + id + "']"))
                    .click();
            acceptConfirm(browser);
            browser.await(d -> d.findElements(By.cssSelector("#units tr[data-unit='" + id + "']")).isEmpty());
            browser.checkPage("memories-unit-deleted");
        }
        memory.getUnit(id).then().statusCode(404);
    }

    private static void ensureMemory() {
        if (NEWSROOM.memories().get(MEMORY).statusCode() == 404) {
            NEWSROOM.memories().create(MEMORY, "The desk's imports from the browser", false);
        }
    }

    private static void upload(Browser browser, Path file) {
        WebElement form = browser.driver.findElement(By.id("tmx-import"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("memory"))).selectByValue(MEMORY);
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private static String state(Browser browser) {
        return browser.driver.findElement(By.id("import-followed")).getDomAttribute("data-state");
    }

    private static long barValue(Browser browser) {
        Object value = browser.script("return document.getElementById('import-bar').value;");
        return value == null ? 0 : Math.round(((Number) value).doubleValue());
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

    /**
     * A TMX of NTREX's Persian and English sentences, repeated with a counter so every unit is distinct,
     * written unit by unit to the file.
     */
    private static Path ntrexTmx(Path file, int units, String marker) throws IOException {
        List<String> fa = TestData.ntrexPersian();
        List<String> en = TestData.ntrexEnglish();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"desk-test\" "
                    + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"fa\" "
                    + "datatype=\"plaintext\"/>\n<body>\n");
            for (int i = 0; i < units; i++) {
                int line = i % fa.size();
                out.write("<tu><tuv xml:lang=\"fa\"><seg>" + Markup.escape(fa.get(line) + " " + marker + i)
                        + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + Markup.escape(en.get(line) + " " + i)
                        + "</seg></tuv></tu>\n");
            }
            out.write("</body>\n</tmx>\n");
        }
        return file;
    }

    /** Locks the memory's row as another transaction would, so the import waits to commit until it is rolled back. */
    private Connection holdGeneration() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement("UPDATE tm_memory SET generation = generation WHERE name = ?")) {
            lock.setString(1, MEMORY);
            assertThat(lock.executeUpdate()).isEqualTo(1);
        }
        return c;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls a condition of the server's (not the page's) for up to 30 seconds. */
    private static void eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            sleep(50);
        }
    }
}
