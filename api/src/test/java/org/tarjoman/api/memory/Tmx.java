package org.tarjoman.api.memory;

import java.util.List;

import org.tarjoman.api.testing.Markup;

/** Builds TMX documents by hand for tests, independent of Tarjoman's own writer. */
public final class Tmx {

    private final StringBuilder body = new StringBuilder();
    private final String sourceLang;

    public Tmx(String sourceLang) {
        this.sourceLang = sourceLang;
    }

    public Tmx unit(String sourceLanguage, String source, String targetLanguage, String target) {
        body.append("    <tu>\n")
                .append("      <tuv xml:lang=\"").append(sourceLanguage).append("\"><seg>").append(Markup.escape(source)).append("</seg></tuv>\n")
                .append("      <tuv xml:lang=\"").append(targetLanguage).append("\"><seg>").append(Markup.escape(target)).append("</seg></tuv>\n")
                .append("    </tu>\n");
        return this;
    }

    Tmx units(String targetLanguage, List<String> sources, List<String> targets) {
        for (int i = 0; i < sources.size(); i++) {
            unit(sourceLang, sources.get(i), targetLanguage, targets.get(i));
        }
        return this;
    }

    public String build() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "  <header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" "
                + "adminlang=\"en\" srclang=\"" + sourceLang + "\" datatype=\"plaintext\"/>\n  <body>\n"
                + body + "  </body>\n</tmx>\n";
    }
}
