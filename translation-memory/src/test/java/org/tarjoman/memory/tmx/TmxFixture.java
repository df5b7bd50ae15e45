package org.tarjoman.memory.tmx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.tarjoman.memory.testing.TestData;

/** Builds TMX documents for tests, line by line so that error lines are predictable. */
final class TmxFixture {

    private final StringBuilder xml = new StringBuilder();
    private boolean inTu;

    private TmxFixture(String prolog, String srcLang) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(prolog)
                .append("<tmx version=\"1.4\">\n")
                .append("<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\""
                        + " adminlang=\"en\" srclang=\"").append(srcLang).append("\" datatype=\"plaintext\"/>\n")
                .append("<body>\n");
    }

    static TmxFixture tmx(String srcLang) {
        return new TmxFixture("", srcLang);
    }

    /** With a prolog such as a DOCTYPE line (end it with a newline). */
    static TmxFixture tmx(String prolog, String srcLang) {
        return new TmxFixture(prolog, srcLang);
    }

    /** Opens a {@code tu}; {@code attributes} is raw, e.g. {@code tuid="7" usagecount="2"}. */
    TmxFixture tu(String attributes) {
        closeTu();
        xml.append("<tu").append(attributes.isEmpty() ? "" : " " + attributes).append(">\n");
        inTu = true;
        return this;
    }

    TmxFixture tu() {
        return tu("");
    }

    TmxFixture prop(String type, String value) {
        xml.append("  <prop type=\"").append(type).append("\">").append(escape(value)).append("</prop>\n");
        return this;
    }

    /** A {@code tuv} whose {@code seg} content is raw XML (inline elements allowed). */
    TmxFixture tuvXml(String lang, String segXml) {
        xml.append("  <tuv xml:lang=\"").append(lang).append("\"><seg>").append(segXml).append("</seg></tuv>\n");
        return this;
    }

    /** A {@code tuv} with plain text, escaped here. */
    TmxFixture tuv(String lang, String text) {
        return tuvXml(lang, escape(text));
    }

    /** Appends raw XML inside the current {@code tu} or {@code body}. */
    TmxFixture raw(String rawXml) {
        xml.append(rawXml).append('\n');
        return this;
    }

    String build() {
        closeTu();
        return xml + "</body>\n</tmx>\n";
    }

    InputStream stream() {
        return new ByteArrayInputStream(build().getBytes(StandardCharsets.UTF_8));
    }

    private void closeTu() {
        if (inTu) {
            xml.append("</tu>\n");
            inTu = false;
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@code count} lines of an NTREX-128 file, e.g. {@code newstest2019-ref.fas.txt}. */
    static List<String> ntrex(String file, int count) {
        try (var lines = Files.lines(TestData.ntrex(file), StandardCharsets.UTF_8)) {
            return lines.limit(count).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TMX of the first {@code count} NTREX sentences in English (srclang), Persian and Russian. */
    static String ntrexTmx(int count) {
        List<String> en = ntrex("newstest2019-src.eng.txt", count);
        List<String> fa = ntrex("newstest2019-ref.fas.txt", count);
        List<String> ru = ntrex("newstest2019-ref.rus.txt", count);
        TmxFixture tmx = tmx("en");
        for (int i = 0; i < count; i++) {
            tmx.tu("tuid=\"ntrex-" + (i + 1) + "\"").tuv("en", en.get(i)).tuv("fa", fa.get(i)).tuv("ru", ru.get(i));
        }
        return tmx.build();
    }
}
