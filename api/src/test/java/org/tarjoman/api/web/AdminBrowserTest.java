package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;

/** The admin page in headless Chromium, signed in through the form: people, keys, the audit log. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class AdminBrowserTest {

    @Test
    void shouldLetAnAdminAddAPersonAndCreateAndRevokeAKeyShownOnce() {
        try (Browser browser = Browser.start(Identity.admin("web-admin-people"))) {
            browser.await(d -> d.findElement(By.id("admin-link")).isDisplayed());
            browser.driver.findElement(By.id("admin-link")).click();
            browser.await(d -> !d.findElements(By.cssSelector("#users tr[data-user='web-admin-people']")).isEmpty());

            WebElement person = browser.driver.findElement(By.id("new-user"));
            person.findElement(By.name("name")).sendKeys("parisa-web");
            person.findElement(By.name("password")).sendKeys("a long enough password");
            person.findElement(By.cssSelector("input[value='reviewer']")).click();
            person.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement row = browser.await(d -> d.findElements(By.cssSelector("#users tr[data-user='parisa-web']"))
                    .stream().findFirst().orElse(null));
            assertThat(row.findElement(By.cssSelector("input[aria-label='Roles of parisa-web']")).getDomProperty("value"))
                    .isEqualTo("translator, reviewer");
            assertThat(new TarjomanClient().as(Identity.admin("web-admin-people")).get("/api/v1/users")
                    .jsonPath().getList("findAll { it.name == 'parisa-web' }.languages[0]")).containsExactly("en");

            WebElement key = browser.driver.findElement(By.id("new-key"));
            key.findElement(By.name("name")).sendKeys("cms-web");
            key.findElement(By.cssSelector("button[type='submit']")).click();
            String secret = browser.await(d -> {
                WebElement shown = d.findElement(By.id("new-key-value"));
                return shown.isDisplayed() && !shown.getText().isBlank() ? shown.getText() : null;
            });
            TarjomanClient anyone = new TarjomanClient();
            anyone.anonymous().header("Authorization", "Bearer " + secret).get("/api/v1/jobs").then().statusCode(200);
            browser.checkPage("admin");

            WebElement keyRow = browser.await(d -> d.findElements(By.xpath("//table[@id='keys']//tr[td[1]='cms-web']"))
                    .stream().findFirst().orElse(null));
            keyRow.findElement(By.tagName("button")).click();
            browser.driver.switchTo().alert().accept();
            browser.await(d -> d.findElement(By.xpath("//table[@id='keys']//tr[td[1]='cms-web']")).getText().contains("revoked"));
            anyone.anonymous().header("Authorization", "Bearer " + secret).get("/api/v1/jobs").then().statusCode(401);
            browser.await(d -> d.findElement(By.id("audit")).getText().contains("cms-web"));
        }
    }

    @Test
    void shouldShowATranslatorNoAdminLinkAndRefuseThemThePage() {
        try (Browser browser = Browser.start(Identity.translator("web-translator-admin"))) {
            browser.await(d -> d.findElement(By.id("user")).getText().equals("web-translator-admin"));
            assertThat(browser.driver.findElement(By.id("admin-link")).isDisplayed()).isFalse();

            browser.open("/admin.html");
            String refusal = browser.await(d -> {
                String said = d.findElement(By.id("admin-status")).getText();
                return said.startsWith("Loading: ") ? said : null;
            });
            assertThat(refusal).isNotEqualTo("Loading: done.");
            assertThat(browser.driver.findElements(By.cssSelector("#users tbody tr"))).isEmpty();
        }
    }
}
