package org.tarjoman.core.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.EmptyArticleException;
import org.tarjoman.core.testing.TestData;

class DocxArticleTextTest {

    private final DocxArticleText reader = new DocxArticleText();

    @Test
    void shouldReadEveryParagraphOfTheIrnaArticleExactlyAsWritten() throws IOException {
        List<String> paragraphs = irnaParagraphs();

        List<String> read = reader.paragraphs(WordFiles.of(paragraphs));

        assertThat(read).containsExactlyElementsOf(paragraphs);
    }

    @Test
    void shouldKeepTheZeroWidthNonJoiner() {
        String sentence = "همکاری\u200cهای دو کشور گسترش می\u200cیابد.";

        assertThat(reader.paragraphs(WordFiles.of(List.of(sentence)))).containsExactly(sentence);
    }

    @Test
    void shouldGiveTheParagraphsApartByABlankLineForTheSegmenter() {
        String text = reader.extract(WordFiles.of(List.of("سفر پزشکیان به مسکو", "حجم تجارت دو کشور افزایش یافت.")));

        assertThat(text).isEqualTo("سفر پزشکیان به مسکو\n\nحجم تجارت دو کشور افزایش یافت.");
    }

    @Test
    void shouldReadTheCommittedIrnaWordFile() throws IOException {
        byte[] docx = Files.readAllBytes(TestData.irnaArticle().resolveSibling("irna-moscow-visit-fa.docx"));

        assertThat(reader.paragraphs(docx)).containsExactlyElementsOf(irnaParagraphs());
    }

    @Test
    void shouldRefuseAFileThatIsNotAZip() {
        byte[] text = "جلالی: سفر پزشکیان به مسکو".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.extract(text)).isInstanceOf(UnreadableDocx.class).hasMessageContaining("not a zip");
    }

    @Test
    void shouldRefuseAZipThatIsNotAWordDocument() {
        byte[] zip = WordFiles.zip(Map.of("notes.txt", "سلام".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> reader.extract(zip)).isInstanceOf(UnreadableDocx.class)
                .hasMessageContaining("word/document.xml");
    }

    @Test
    void shouldRefuseATruncatedWordFile() {
        byte[] docx = WordFiles.of(List.of("سفر پزشکیان به مسکو"));

        assertThatThrownBy(() -> reader.extract(Arrays.copyOf(docx, docx.length / 2))).isInstanceOf(UnreadableDocx.class);
    }

    @Test
    void shouldRefuseAWordFileWhoseBodyIsNotXml() {
        byte[] docx = WordFiles.zip(WordFiles.parts("<w:document><w:body><w:p>سفر پزشکیان"));

        assertThatThrownBy(() -> reader.extract(docx)).isInstanceOf(UnreadableDocx.class);
    }

    @Test
    void shouldRefuseAWordFileWithMacros() {
        var parts = WordFiles.parts(WordFiles.body(List.of("سفر پزشکیان به مسکو")));
        parts.put("word/vbaProject.bin", new byte[]{1, 2, 3});

        assertThatThrownBy(() -> reader.extract(WordFiles.zip(parts))).isInstanceOf(UnreadableDocx.class)
                .hasMessageContaining("macros");
    }

    @Test
    void shouldRefuseAPartNameThatClimbsOutOfThePackage() {
        var parts = WordFiles.parts(WordFiles.body(List.of("سفر پزشکیان به مسکو")));
        parts.put("../../etc/cron.d/evil", new byte[]{1});

        assertThatThrownBy(() -> reader.extract(WordFiles.zip(parts))).isInstanceOf(UnreadableDocx.class)
                .hasMessageContaining("odd name");
    }

    @Test
    void shouldRefuseAZipBombBeforeOkapiOpensIt() {
        var parts = WordFiles.parts(WordFiles.body(List.of("سفر پزشکیان به مسکو")));
        parts.put("word/media/bomb.bin", new byte[8 * 1024 * 1024]); // zeros pack ~1000:1

        assertThatThrownBy(() -> reader.extract(WordFiles.zip(parts))).isInstanceOf(DocxTooLarge.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void shouldRefuseAWordFileThatUnpacksBeyondTheLimit() {
        DocxArticleText small = new DocxArticleText(new DocxLimits(1_000, 64 * 1024, 200));
        var parts = WordFiles.parts(WordFiles.body(List.of("سفر پزشکیان به مسکو")));
        parts.put("word/media/picture.bin", new byte[100 * 1024]);

        assertThatThrownBy(() -> small.extract(WordFiles.zip(parts))).isInstanceOf(DocxTooLarge.class)
                .hasMessageContaining("unpacks to more than");
    }

    @Test
    void shouldRefuseAWordFileWithoutText() {
        byte[] docx = WordFiles.of(List.of());

        assertThatThrownBy(() -> reader.extract(docx)).isInstanceOf(EmptyArticleException.class);
    }

    private static List<String> irnaParagraphs() throws IOException {
        return Files.readAllLines(TestData.irnaArticle(), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
