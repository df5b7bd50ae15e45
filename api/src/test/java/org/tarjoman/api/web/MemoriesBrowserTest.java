package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.RequiresChromium;
import org.tarjoman.api.testing.TarjomanClient;

/** The memory maintenance page in headless Chromium, as a manager: search, find-and-replace, delete by filter. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class MemoriesBrowserTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void shouldLetACoordinatorFindReplaceAndDeleteUnitsOfAMemory() {
        MemoryClient memory = NEWSROOM.memory("fa-az");
        long said = memory.add("روحانی در نشست خبری گفت.", "Rouhani mətbuat konfransında dedi.");
        memory.add("دولت روحانی بودجه را تصویب کرد.", "Rouhani hökuməti büdcəni təsdiqlədi.");
        memory.add("وزیر امور خارجه به باکو سفر کرد.", "Xarici işlər naziri Bakıya səfər etdi.");

        try (Browser browser = Browser.start(Identity.manager("web-coordinator"))) {
            browser.await(d -> d.findElement(By.linkText("Memory maintenance")).isDisplayed());
            browser.open("/memories.html?memory=fa-az");
            browser.await(d -> d.findElements(By.cssSelector("#units tbody tr")).size() == 3);
            WebElement source = browser.driver.findElement(By.cssSelector("#units tr[data-unit='" + said + "'] td[dir='rtl']"));
            assertThat(source.getText()).isEqualTo("روحانی در نشست خبری گفت.");

            WebElement filter = browser.driver.findElement(By.id("unit-filter"));
            filter.findElement(By.name("source")).sendKeys("وزير");
            filter.findElement(By.cssSelector("button[type='submit']")).click();
            browser.await(d -> d.findElements(By.cssSelector("#units tbody tr")).size() == 1);
            filter.findElement(By.name("source")).clear();

            WebElement replacement = browser.driver.findElement(By.id("replacement"));
            replacement.findElement(By.name("find")).sendKeys("Rouhani");
            replacement.findElement(By.name("replace")).sendKeys("Pezeshkian");
            replacement.findElement(By.cssSelector("button[type='submit']")).click();
            browser.await(d -> d.findElements(By.cssSelector("#replacement-preview tbody tr")).size() == 2);
            browser.checkPage("memories-preview");
            browser.driver.findElement(By.id("apply-replacement")).click();
            browser.driver.switchTo().alert().accept();
            browser.await(d -> d.findElement(By.id("memory-status")).getText().contains("2 replaced"));
            assertThat(memory.getUnit(said).jsonPath().getString("target")).isEqualTo("Pezeshkian mətbuat konfransında dedi.");

            filter.findElement(By.name("target")).sendKeys("Pezeshkian");
            filter.findElement(By.cssSelector("button[type='submit']")).click();
            browser.await(d -> d.findElements(By.cssSelector("#units tbody tr")).size() == 2);
            browser.driver.findElement(By.id("delete-matching")).click();
            browser.await(d -> {
                try {
                    d.switchTo().alert().accept();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException e) {
                    return false;
                }
            });
            browser.await(d -> d.findElement(By.id("memory-status")).getText().contains("2 deleted"));
        }
        assertThat(memory.searchUnits(Map.of()).jsonPath().getLong("total")).isEqualTo(1);
    }
}
