package org.tarjoman.api.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.glossary.GlossaryApiSpec.uniqueWord;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.TbxBasicSchema.violations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import io.restassured.path.json.JsonPath;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.GlossaryClient;
import org.tarjoman.api.testing.TarjomanClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A glossary as a file: CSV and TBX-Basic export and import, all or nothing, duplicates merged, bad files
 * refused with their line — on whichever database the concrete class runs (H2 in {@link GlossaryFilesTest},
 * PostgreSQL in {@link GlossaryFilesPostgresTest}). Every source carries a word of this test's own.
 */
abstract class GlossaryFilesSpec {

    private static final TarjomanClient MANAGER = new TarjomanClient().as(manager("glossary-file-manager"));
    private static final GlossaryClient RU = MANAGER.glossary("fa-ru");
    private static final String TBX = "urn:iso:std:iso:30042:ed-2";

    @Test
    void shouldImportCsvMergingADuplicateAndExportItBack() throws IOException {
        String word = uniqueWord();
        String csv = "source,target,alternatives,forbidden,partOfSpeech,domain,note\r\n"
                + "پزشکیان " + word + ",Пезешкиан,,Пезешкян,properNoun,politics,\"رئیس‌جمهور، از ۱۴۰۳\"\r\n"
                + "وزارت امور خارجه " + word + ",Министерство иностранных дел,МИД,,noun,politics,\r\n"
                + "پزشكيان " + word + ",пезешкиан,Масуд Пезешкиан|Пезешкиан,,,,\r\n";

        RU.importCsv(csv).then().statusCode(200).body("created", equalTo(2)).body("merged", equalTo(1));

        JsonPath found = RU.list(Map.of("q", "پزشکیان " + word)).jsonPath();
        assertThat(found.getList("terms.target")).containsExactly("Пезешкиан");
        assertThat(found.getList("terms[0].alternatives")).containsExactly("Масуд Пезешкиан");
        assertThat(found.getList("terms[0].forbidden")).containsExactly("Пезешкян");
        assertThat(found.getString("terms[0].note")).isEqualTo("رئیس‌جمهور، از ۱۴۰۳");

        String exported = RU.getCsv().then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("tarjoman-glossary-fa-ru.csv")).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported)).getRecords().stream()
                .filter(r -> r.get("source").endsWith(word)).toList();
        assertThat(records).extracting(r -> r.get("target")).containsExactly("Пезешкиан", "Министерство иностранных дел");
        assertThat(records.get(0).get("note")).isEqualTo("رئیس‌جمهور، از ۱۴۰۳");
        assertThat(records.get(0).get("alternatives")).isEqualTo("Масуд Пезешкиан");
        assertThat(records.get(1).get("alternatives")).isEqualTo("МИД");
    }

    @Test
    void shouldRefuseMalformedCsvNamingTheLineAndImportNothing() {
        String word = uniqueWord();
        String good = "source,target\n" + "مجلس " + word + ",парламент\n" + "دولت " + word + ",правительство\n";

        refused(RU.importCsv(good + "\"ایران " + word + ",Иран\n"), 4, "not CSV");
        refused(RU.importCsv(good + "ایران " + word + ",\n"), 4, "target must not be empty");
        refused(RU.importCsv(good + "ایران " + word + ",Иран,лишнее\n"), 4, "fields");
        refused(RU.importCsv(good + "ایران " + word + ",Иран\nروسیه " + word + ",Россия\n".replace("Россия", "x".repeat(501))),
                5, "target");
        refused(RU.importCsv("source,traget\nمجلس " + word + ",парламент\n"), 1, "traget");
        refused(RU.importCsv("source,target,forbidden\nمجلس " + word + ",парламент,Парламент\n"), 2,
                "also an allowed translation");
        assertThat(RU.list(Map.of("q", word)).jsonPath().getList("terms")).isEmpty();
    }

    @Test
    void shouldRefuseABodyThatIsNotUtf8() {
        byte[] windows1256 = {'s', 'o', 'u', 'r', 'c', 'e', ',', 't', 'a', 'r', 'g', 'e', 't', '\n', (byte) 0xE3, (byte) 0xCC,
            ',', 'x', '\n'};
        MANAGER.request().contentType("text/csv").body(windows1256).post("/api/v1/glossaries/fa-ru/terms.csv")
                .then().statusCode(400).body("type", equalTo("/problems.html#invalid-glossary-file"))
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void shouldExportTbxBasicAndImportItBack() throws Exception {
        String word = uniqueWord();
        RU.add(GlossaryApiSpec.term("مجلس شورای اسلامی " + word, "Исламский консультативный совет", List.of("Меджлис"),
                List.of("Парламент Ирана"), "properNoun", "politics", "نام رسمی"));

        String tbx = RU.getTbx().then().statusCode(200).contentType(containsString("application/x-tbx+xml"))
                .extract().asString();

        assertThat(violations(tbx)).as("the official TBX-Basic schema's verdict").isEmpty();
        Document document = parse(tbx);
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(TBX);
        assertThat(root.getLocalName()).isEqualTo("tbx");
        assertThat(root.getAttribute("type")).isEqualTo("TBX-Basic");
        assertThat(root.getAttribute("style")).isEqualTo("dca");
        Element concept = conceptWith(document, "مجلس شورای اسلامی " + word);
        assertThat(text(concept, "descrip")).containsExactly("politics");
        NodeList langSecs = concept.getElementsByTagNameNS(TBX, "langSec");
        assertThat(((Element) langSecs.item(0)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("fa");
        assertThat(((Element) langSecs.item(1)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("ru");
        assertThat(text((Element) langSecs.item(1), "term"))
                .containsExactly("Исламский консультативный совет", "Меджлис", "Парламент Ирана");
        assertThat(text((Element) langSecs.item(1), "termNote"))
                .containsExactly("preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts");

        String conceptOnly = tbx.substring(0, tbx.indexOf("<body>") + 6)
                + tbx.substring(lastConceptBefore(tbx, word), tbx.indexOf("</conceptEntry>", tbx.indexOf(word)) + 15)
                + "</body></text></tbx>";
        RU.importTbx(conceptOnly).then().statusCode(200).body("created", equalTo(0)).body("merged", equalTo(1));
        RU.importTbx(conceptOnly.replace(word, word + "ی")).then().statusCode(200).body("created", equalTo(1));
        assertThat(RU.list(Map.of("q", word + "ی")).jsonPath().getList("terms[0].forbidden")).containsExactly("Парламент Ирана");
    }

    @Test
    void shouldRefuseATbxWithADoctypeOrOfAnotherDialectAndImportNothing() {
        String word = uniqueWord();
        String entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tbx xmlns=\"" + TBX + "\" type=\"TBX-Basic\" style=\"dca\"><text><body><conceptEntry id=\"a\">"
                + "<langSec xml:lang=\"fa\"><termSec><term>مجلس " + word + "</term></termSec></langSec>"
                + "<langSec xml:lang=\"ru\"><termSec><term>&x;</term></termSec></langSec></conceptEntry></body></text></tbx>";
        RU.importTbx(entity).then().statusCode(400).body("type", equalTo("/problems.html#invalid-glossary-file"))
                .body("line", equalTo(2));
        RU.importTbx("<martif type=\"TBX\"><text/></martif>").then().statusCode(400)
                .body("detail", containsString("TBX v3"));
        RU.importTbx("<tbx xmlns=\"" + TBX + "\" type=\"TBX-Min\"/>").then().statusCode(400)
                .body("detail", containsString("TBX-Basic"));
        RU.importTbx("<tbx xmlns=\"" + TBX + "\" type=\"TBX-Basic\"><text><body>\n<conceptEntry id=\"a\">"
                + "<langSec xml:lang=\"ru\"><termSec><term>Меджлис</term></termSec></langSec></conceptEntry>"
                + "</body></text></tbx>").then().statusCode(400).body("line", equalTo(2))
                .body("detail", containsString("no Persian"));
        assertThat(RU.list(Map.of("q", word)).jsonPath().getList("terms")).isEmpty();
    }

    private static void refused(io.restassured.response.Response answer, int line, String reason) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#invalid-glossary-file")).body("line", equalTo(line))
                .body("detail", containsString("Line " + line)).body("detail", containsString(reason))
                .body("detail", containsString("Nothing was imported"));
    }

    private static int lastConceptBefore(String tbx, String word) {
        return tbx.lastIndexOf("<conceptEntry", tbx.indexOf(word));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element conceptWith(Document document, String source) {
        NodeList concepts = document.getElementsByTagNameNS(TBX, "conceptEntry");
        for (int i = 0; i < concepts.getLength(); i++) {
            Element concept = (Element) concepts.item(i);
            if (text(concept, "term").contains(source)) {
                return concept;
            }
        }
        throw new AssertionError("no conceptEntry for " + source);
    }

    private static List<String> text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(TBX, name);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }
}
