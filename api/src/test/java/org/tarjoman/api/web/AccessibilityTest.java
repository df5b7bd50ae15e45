package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.RequiresChromium;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The accessibility check the page tests rely on finds what a screen reader user would trip over. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class AccessibilityTest {

    @Test
    void shouldFindAFieldWithoutALabelAndAnImageWithoutText() {
        try (Browser browser = Browser.start()) {
            assertThat(Accessibility.seriousViolations(browser.driver)).isEmpty();

            browser.script("const main = document.querySelector('main') ?? document.body;"
                    + "main.insertAdjacentHTML('beforeend', '<input type=\"text\"><img src=\"data:,\">');");

            assertThat(Accessibility.seriousViolations(browser.driver))
                    .anySatisfy(violation -> assertThat(violation).startsWith("label "))
                    .anySatisfy(violation -> assertThat(violation).startsWith("image-alt "));
        }
    }
}
