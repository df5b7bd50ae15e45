package org.tarjoman.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;

/** Which characters XML 1.0 carries, and how text is written so that it reads back the same. */
class XmlCharsTest {

    @Test
    void shouldAcceptPersianWithZwnjTabsLineBreaksAndCharactersBeyondTheBmp() {
        assertThat(XmlChars.isLegal("همکاری\u200Cها\tدر ۱۴۰۳\r\n😀 \uE000 \uFFFD")).isTrue();
    }

    @Test
    void shouldRefuseNulControlsNonCharactersAndUnpairedSurrogates() {
        assertThat(XmlChars.problem("سلام\u0000")).isEqualTo("U+0000 at character 5");
        assertThat(XmlChars.problem("a\u0001b")).isEqualTo("U+0001 at character 2");
        assertThat(XmlChars.problem("\u000B")).isEqualTo("U+000B at character 1");
        assertThat(XmlChars.problem("x\uFFFE")).isEqualTo("U+FFFE at character 2");
        assertThat(XmlChars.problem("\uFFFF")).isEqualTo("U+FFFF at character 1");
        assertThat(XmlChars.problem("سلام \uD800")).isEqualTo("an unpaired surrogate U+D800 at character 6");
        assertThat(XmlChars.problem("\uDC00\uD800")).isEqualTo("an unpaired surrogate U+DC00 at character 1");
    }

    @Test
    void shouldWriteMarkupCharactersEscapedAndACarriageReturnAsAReference() throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartElement("seg");
        XmlChars.write(xml, "seg", "<script>x</script> & \"سلام\"\r\n");
        xml.writeEndElement();
        xml.flush();

        assertThat(out.toString()).isEqualTo("<seg>&lt;script&gt;x&lt;/script&gt; &amp; \"سلام\"&#13;\n</seg>");
    }

    @Test
    void shouldRefuseToWriteTextXmlCannotCarryBeforeWritingAnyOfIt() throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartElement("seg");
        xml.flush();
        int before = out.toString().length();

        assertThatThrownBy(() -> XmlChars.write(xml, "unit 7's target", "Tehran\u0001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit 7's target holds U+0001 at character 7, which XML 1.0 cannot carry");
        xml.flush();
        assertThat(out.toString()).hasSize(before);
    }
}
