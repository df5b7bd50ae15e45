package org.tarjoman.core.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootLanguageTest {

    @Test
    void shouldReplaceThePersianLanguageOfTheRoot() {
        assertThat(RootLanguage.apply("<!DOCTYPE html><html lang=\"fa\"><body><p lang=\"fa\">x</p></body></html>", "en"))
                .isEqualTo("<!DOCTYPE html><html lang=\"en\"><body><p lang=\"fa\">x</p></body></html>");
    }

    @Test
    void shouldAddALanguageToARootWithout() {
        assertThat(RootLanguage.apply("<HTML class='news'><body>x</body></HTML>", "ru"))
                .isEqualTo("<html lang=\"ru\" class='news'><body>x</body></HTML>");
    }

    @Test
    void shouldLeaveAFragmentWithoutRootAlone() {
        assertThat(RootLanguage.apply("<h1>سفر</h1><p>متن</p>", "en")).isEqualTo("<h1>سفر</h1><p>متن</p>");
    }

    @Test
    void shouldNotMistakeDataLangForLang() {
        assertThat(RootLanguage.apply("<html data-lang=\"x\" lang='fa-IR'>", "en"))
                .isEqualTo("<html data-lang=\"x\" lang=\"en\">");
    }
}
