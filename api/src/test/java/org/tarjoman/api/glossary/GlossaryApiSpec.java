package org.tarjoman.api.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.GlossaryClient;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * A pair's glossary through REST: terms added, listed, read, changed and removed, bad terms and
 * duplicates refused, who may write, and the audit — on whichever database the concrete class runs
 * (H2 in {@link GlossaryApiTest}, PostgreSQL in {@link GlossaryApiPostgresTest}). Every source carries a
 * Persian word of its own ({@link #unique}), so that no other test's article holds a term of this one
 * and a database kept between runs never sees a term twice.
 */
abstract class GlossaryApiSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient MANAGER = NEWSROOM.as(manager("glossary-manager"));
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("glossary-translator"));
    private static final GlossaryClient EN = MANAGER.glossary("fa-en");
    private static final AtomicLong WORDS = new AtomicLong(System.currentTimeMillis());
    private static final String LETTERS = "بپتثجچحخدذرزژسشصضطظعغفقکگلمنوه";

    @Test
    void shouldAddATermAndReadItBack() {
        String source = unique("وزارت امور خارجه");

        var created = EN.create(term(source, "Ministry of Foreign Affairs", List.of("Foreign Ministry"),
                List.of("Ministry of Outside Affairs"), "noun", "politics", "نام رسمی وزارتخانه"));

        created.then().statusCode(201).header("Location", endsWith("/api/v1/glossaries/fa-en/terms/"
                        + created.jsonPath().getLong("id")))
                .body("source", equalTo(source)).body("target", equalTo("Ministry of Foreign Affairs"))
                .body("alternatives", equalTo(List.of("Foreign Ministry")))
                .body("forbidden", equalTo(List.of("Ministry of Outside Affairs")))
                .body("partOfSpeech", equalTo("noun")).body("domain", equalTo("politics"))
                .body("note", equalTo("نام رسمی وزارتخانه")).body("createdBy", equalTo("glossary-manager"));
        TRANSLATOR.glossary("fa-en").get(created.jsonPath().getLong("id")).then().statusCode(200)
                .body("source", equalTo(source)).body("alternatives", equalTo(List.of("Foreign Ministry")));
    }

    @Test
    void shouldListAPageFoundByTextInAnySpellingAndByDomain() {
        String word = uniqueWord();
        long majlis = EN.add(term("مجلس شورای اسلامی " + word, "Islamic Consultative Assembly", List.of("Majlis"),
                List.of(), "properNoun", "politics-" + word, null));
        long ministry = EN.add(term("وزارت‌امور‌خارجه " + word, "Foreign Ministry " + word, List.of(), List.of(), null,
                "politics-" + word, null));
        EN.add(term("بورس تهران " + word, "Tehran Stock Exchange", List.of(), List.of(), null, "economy-" + word, null));

        JsonPath byDomain = EN.list(Map.of("domain", "politics-" + word, "size", 1)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(byDomain.getList("terms.id", Long.class)).containsExactly(majlis);
        assertThat(byDomain.getLong("total")).isEqualTo(2);
        assertThat(EN.list(Map.of("domain", "politics-" + word, "size", 1, "page", 1)).jsonPath()
                .getList("terms.id", Long.class)).containsExactly(ministry);

        String arabicLettersAndSpaces = ("وزارت امور خارجه " + word).replace('ی', 'ي').replace('ک', 'ك');
        assertThat(EN.list(Map.of("q", arabicLettersAndSpaces)).jsonPath().getList("terms.id", Long.class))
                .containsExactly(ministry);
        assertThat(EN.list(Map.of("q", "foreign ministry " + word.substring(0, 3))).jsonPath()
                .getList("terms.id", Long.class)).contains(ministry);
    }

    @Test
    void shouldChangeATermAndAuditWhoDidWhat() {
        String source = unique("پزشکیان");
        long id = EN.add(term(source, "Pezeshkian", List.of(), List.of(), "properNoun", "politics", null));

        EN.update(id, term(source, "Pezeshkian", List.of("Masoud Pezeshkian"), List.of("Pezeshkiyan"), "properNoun",
                "politics", "رئیس‌جمهور")).then().statusCode(200)
                .body("alternatives", equalTo(List.of("Masoud Pezeshkian"))).body("forbidden", equalTo(List.of("Pezeshkiyan")))
                .body("updatedBy", equalTo("glossary-manager")).body("createdBy", equalTo("glossary-manager"));
        EN.delete(id).then().statusCode(204);
        EN.get(id).then().statusCode(404).contentType("application/problem+json");

        List<Map<String, Object>> audit = NEWSROOM.request().get("/api/v1/audit?size=100").then().statusCode(200)
                .extract().jsonPath().getList("entries.findAll { it.target != null && it.target.contains('term " + id + " ') }");
        assertThat(audit).extracting(e -> e.get("action"))
                .containsExactly("GLOSSARY_TERM_DELETED", "GLOSSARY_TERM_CHANGED", "GLOSSARY_TERM_CREATED");
        assertThat(audit).extracting(e -> e.get("actor")).containsOnly("glossary-manager");
    }

    @Test
    void shouldRefuseADuplicateInAnySpellingAndNameTheTermThatHasIt() {
        String source = unique("رئیس‌جمهور");
        long first = EN.add(term(source, "President", List.of(), List.of(), null, null, null));

        String otherSpelling = source.replace("\u200C", " ").replace('ی', 'ي');
        EN.create(term(otherSpelling, " president", List.of(), List.of(), null, null, null)).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems.html#duplicate-term"))
                .body("termId", equalTo((int) first)).body("detail", containsString("Term " + first));
        long second = EN.add(term(source, "head of state", List.of(), List.of(), null, null, null));
        EN.update(second, term(source, "PRESIDENT", List.of(), List.of(), null, null, null)).then().statusCode(409)
                .body("termId", equalTo((int) first));
    }

    @Test
    void shouldRefuseBadTermsAndWriteNothing() {
        String source = unique("مجلس");
        for (Map<String, Object> bad : List.of(
                term("", "parliament", List.of(), List.of(), null, null, null),
                term(source, "  ", List.of(), List.of(), null, null, null),
                term(source, "x".repeat(501), List.of(), List.of(), null, null, null),
                term(source, "parliament", List.of(""), List.of(), null, null, null),
                term(source, "parliament", List.of(), List.of(), "noun phrase", null, null),
                term("«»", "parliament", List.of(), List.of(), null, null, null))) {
            EN.create(bad).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems.html#validation"));
        }
        EN.create(term(source, "parliament", List.of("Majlis"), List.of("Parliament "), null, null, null))
                .then().statusCode(400).body("detail", containsString("forbidden: Parliament"));
        EN.create(term(source, "parliament", List.of("Majlis"), List.of("majlis"), null, null, null))
                .then().statusCode(400).body("detail", containsString("also an allowed translation"));
        assertThat(EN.list(Map.of("q", source)).jsonPath().getList("terms")).isEmpty();
    }

    @Test
    void shouldAnswerNotFoundForAGlossaryThatDoesNotExist() {
        MANAGER.glossary("fa-de").create(term(unique("مجلس"), "Parlament", List.of(), List.of(), null, null, null))
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("fa-en and fa-ru"));
        MANAGER.glossary("en-fa").list(Map.of()).then().statusCode(404);
        EN.update(999_999_999L, term(unique("مجلس"), "parliament", List.of(), List.of(), null, null, null))
                .then().statusCode(404).body("detail", containsString("no term 999999999"));
    }

    @Test
    void shouldLetReadersReadButOnlyGlossaryWritersWrite() {
        long id = EN.add(term(unique("مجلس"), "parliament", List.of(), List.of(), null, null, null));
        GlossaryClient translator = TRANSLATOR.glossary("fa-en");

        translator.get(id).then().statusCode(200);
        translator.create(term(unique("مجلس"), "parliament", List.of(), List.of(), null, null, null)).then().statusCode(403);
        translator.delete(id).then().statusCode(403);
        NEWSROOM.glossary("fa-ru").create(term(unique("مجلس"), "парламент", List.of(), List.of(), null, null, null))
                .then().statusCode(201);
    }

    static Map<String, Object> term(String source, String target, List<String> alternatives, List<String> forbidden,
                                    String partOfSpeech, String domain, String note) {
        Map<String, Object> term = new HashMap<>();
        term.put("source", source);
        term.put("target", target);
        term.put("alternatives", alternatives);
        term.put("forbidden", forbidden);
        term.put("partOfSpeech", partOfSpeech);
        term.put("domain", domain);
        term.put("note", note);
        return term;
    }

    /** {@code text} followed by a Persian word no article and no other test has. */
    static String unique(String text) {
        return text + " " + uniqueWord();
    }

    /** A word of Persian consonants made from a counter: never a real word, never seen twice. */
    static String uniqueWord() {
        long n = WORDS.incrementAndGet();
        StringBuilder word = new StringBuilder();
        while (n > 0) {
            word.append(LETTERS.charAt((int) (n % LETTERS.length())));
            n /= LETTERS.length();
        }
        return word.toString();
    }
}
