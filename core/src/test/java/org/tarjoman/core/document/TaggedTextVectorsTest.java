package org.tarjoman.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.document.TaggedTextLexer.Token;
/**
 * Every shared vector through both views of the lexer; the browser runs the same file through
 * {@code js/tagged-text.js} ({@code TaggedTextVectorsBrowserTest} in api).
 */
class TaggedTextVectorsTest {

    /** One vector of {@code tagged-text-vectors.json}; see its {@code about}. */
    record Vector(String name, String tagged, List<String> codes, List<Map<String, String>> runs, String error,
                  String editable) {

        List<InlineCode> sourceCodes() {
            List<InlineCode> source = new ArrayList<>();
            for (String code : codes == null ? List.<String>of() : codes) {
                String tag = code.replaceAll("[0-9]", "");
                int id = Integer.parseInt(code.substring(tag.length()));
                if (!tag.equals("ex")) {
                    source.add(new InlineCode(id, tag.equals("x") ? Kind.PLACEHOLDER : Kind.OPENING, 0, "b", "<b>"));
                }
                if (tag.equals("g") || tag.equals("ex")) {
                    source.add(new InlineCode(id, Kind.CLOSING, 0, "b", "</b>"));
                }
            }
            return source;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.getOrDefault("text", "")));
            return text.toString();
        }

        /** Where each tag run stands in the text. */
        List<Integer> tagOffsets() {
            List<Integer> offsets = new ArrayList<>();
            int at = 0;
            for (Map<String, String> run : runs) {
                if (run.containsKey("tag")) {
                    offsets.add(at);
                } else {
                    at += run.get("text").length();
                }
            }
            return offsets;
        }
    }

    record Vectors(String about, List<Vector> vectors) {
    }

    static Stream<Named<Vector>> vectors() throws IOException {
        try (InputStream in = TaggedTextVectorsTest.class.getResourceAsStream("tagged-text-vectors.json")) {
            Vectors file = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Vectors.class);
            return file.vectors().stream().map(vector -> Named.of(vector.name(), vector));
        }
    }

    private static List<Map<String, String>> lenientRuns(String tagged) {
        List<Map<String, String>> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TaggedTextLexer lexer = TaggedTextLexer.lenient(tagged);
        for (Token token = lexer.next(); token != Token.END; token = lexer.next()) {
            if (token == Token.TEXT) {
                lexer.appendText(text);
                continue;
            }
            if (!text.isEmpty()) {
                runs.add(Map.of("text", text.toString()));
                text.setLength(0);
            }
            runs.add(Map.of("tag", lexer.written()));
        }
        if (!text.isEmpty()) {
            runs.add(Map.of("text", text.toString()));
        }
        return runs;
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void shouldReadTheRunsLeniently(Vector vector) {
        assertThat(lenientRuns(vector.tagged())).isEqualTo(vector.runs());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void shouldAcceptOrRefuseStrictlyAgainstTheSourceCodes(Vector vector) {
        if (vector.error() != null) {
            assertThatThrownBy(() -> TaggedText.parse(vector.tagged(), vector.sourceCodes()))
                    .isInstanceOf(InvalidTaggedTextException.class)
                    .hasMessageStartingWith(vector.error());
            return;
        }
        TaggedText.Parsed parsed = TaggedText.parse(vector.tagged(), vector.sourceCodes());

        assertThat(parsed.text()).isEqualTo(vector.text());
        assertThat(parsed.codes()).extracting(InlineCode::offset).isEqualTo(vector.tagOffsets());
    }
}
