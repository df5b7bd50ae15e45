package org.tarjoman.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.config.ConfigProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestAccounts;

/** Headless Debian Chromium at 1280×800 on the app under test, with the few helpers the browser tests share. */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    final ChromeDriver driver;
    private final String base;

    /** A browser on the app {@code @QuarkusTest} started, signed in as an admin. */
    static Browser start() {
        return start(Identity.admin("web-admin"));
    }

    /** A browser on the app {@code @QuarkusTest} started, signed in through the form as {@code someone}. */
    static Browser start(Identity someone) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        // made on first use; on the app's own port: RestAssured's is not set yet in a @BeforeAll
        TarjomanClient.onPort(port).as(someone).get("/api/v1/me").then().statusCode(200);
        Browser browser = new Browser("http://localhost:" + port);
        browser.signIn(someone.user(), TestAccounts.passwordOf(someone.user()), landingOf(someone));
        return browser;
    }

    /** Where a person lands after signing in: My work for a translator or reviewer, the jobs for anyone else. */
    static String landingOf(Identity someone) {
        return someone.role().equals("translator") || someone.role().equals("reviewer") ? "/my-work.html" : "/";
    }

    /** The sign-in form, as a person fills it in; answers once the landing page shows. */
    void signIn(String user, String password) {
        signIn(user, password, "/");
    }

    /** The sign-in form; answers once {@code landing} shows with the person's name in its masthead. */
    void signIn(String user, String password, String landing) {
        open("/sign-in.html");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        await(d -> d.getCurrentUrl().equals(base + landing) && user.equals(textOf("user")));
    }

    /** The text of the element with this id, or null while there is none (a page still loading or leaving). */
    String textOf(String id) {
        try {
            return (String) script("return document.getElementById(arguments[0])?.textContent ?? null;", id);
        } catch (org.openqa.selenium.WebDriverException e) {
            return null;
        }
    }

    private Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiresChromium.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Opens a page of the app and waits until its script says it is ready (editor) or it loaded. */
    void open(String path) {
        driver.get(base + path);
    }

    void openEditor(long jobId, String language) {
        open("/jobs/" + jobId + "/" + language);
        await(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    void reloadEditor() {
        driver.navigate().refresh();
        await(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    WebElement row(long segmentId) {
        return driver.findElement(By.cssSelector(".seg[data-segment-id='" + segmentId + "']"));
    }

    /** Clicks a row and answers its textarea once the row is the active one. */
    WebElement activate(long segmentId) {
        row(segmentId).findElement(By.className("seg-num")).click();
        return await(d -> {
            var editors = row(segmentId).findElements(By.cssSelector("textarea"));
            return editors.isEmpty() ? null : editors.get(0);
        });
    }

    void awaitRow(long segmentId, String status, String save) {
        await(d -> {
            WebElement row = row(segmentId);
            return status.equals(row.getDomAttribute("data-status")) && save.equals(row.getDomAttribute("data-save"));
        });
    }

    <T> T await(Function<WebDriver, T> condition) {
        try {
            // a page that re-renders a table between finding an element and reading it: look again
            return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            Object state = script("const row = document.querySelector('.seg.active');"
                    + "return 'page state: ' + (document.getElementById('save-state')?.textContent ?? '-')"
                    + " + ' | ' + (document.getElementById('announcer')?.textContent ?? '')"
                    + " + ' | active row: ' + (row ? row.outerHTML.slice(0, 1500) : 'none');");
            screenshot("failure-" + System.currentTimeMillis());
            throw new TimeoutException(e.getMessage() + "\n" + state, e);
        }
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What every page owes its users, checked where a test reaches a state worth showing: a screenshot in
     * {@code target/screenshots/NAME.png}, and no serious or critical accessibility violation (axe-core).
     */
    void checkPage(String name) {
        screenshot(name);
        List<String> violations = Accessibility.seriousViolations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("accessibility of " + name + ":\n" + String.join("\n", violations));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
