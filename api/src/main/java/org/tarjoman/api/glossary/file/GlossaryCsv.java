package org.tarjoman.api.glossary.file;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tarjoman.api.glossary.GlossaryViews.TermRequest;
import org.tarjoman.api.glossary.GlossaryViews.TermView;
import org.tarjoman.api.glossary.InvalidGlossaryFile;

/**
 * A glossary as CSV (RFC 4180, UTF-8, Apache Commons CSV): a header row, then one term a row.
 * <pre>
 * source,target,alternatives,forbidden,partOfSpeech,domain,note
 * پزشکیان,Pezeshkian,Masoud Pezeshkian,Pezeshkiyan|Pezeshkyan,properNoun,politics,
 * </pre>
 * <ul>
 *   <li>{@code source} and {@code target} are required; the other columns may be left out, in any
 *       order; header names ignore case, an unknown column is refused (a typo would lose data);</li>
 *   <li>{@code alternatives} and {@code forbidden} hold several translations separated by {@link #LIST}
 *       {@code |}, a character news translations do not carry;</li>
 *   <li>a field with a comma, a quote or a line break is quoted, a quote inside doubled; a BOM at the start
 *       (Excel's UTF-8) is skipped; a row with more fields than the header is refused.</li>
 * </ul>
 * Reading names the line of the first fault; the glossary imports nothing then.
 */
public final class GlossaryCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String LIST = "|";
    static final List<String> COLUMNS = List.of("source", "target", "alternatives", "forbidden", "partOfSpeech",
            "domain", "note");

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false).setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private GlossaryCsv() {
    }

    /** The rows of a CSV glossary; {@code text} decoded already (UTF-8). */
    public static List<GlossaryRow> read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new InvalidGlossaryFile(1, "the file is empty; the first line names the columns: "
                    + String.join(",", COLUMNS) + ".");
        }
        List<GlossaryRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(body); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(READ).get()) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            var records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidGlossaryFile(line, "not CSV: " + reason(e));
                }
                if (!record.isConsistent()) {
                    throw new InvalidGlossaryFile(line, "the row has " + record.size() + " fields, the header "
                            + parser.getHeaderNames().size() + ".");
                }
                rows.add(new GlossaryRow(line, new TermRequest(field(record, columns, "source"),
                        field(record, columns, "target"), list(field(record, columns, "alternatives")),
                        list(field(record, columns, "forbidden")), field(record, columns, "partOfSpeech"),
                        field(record, columns, "domain"), field(record, columns, "note"))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidGlossaryFile(1, "not CSV: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidGlossaryFile(1, "the header cannot be read: " + e.getMessage());
        }
        return rows;
    }

    /** The terms as CSV, header first. */
    public static String write(List<TermView> terms) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (TermView term : terms) {
                printer.printRecord(term.source(), term.target(), String.join(LIST, term.alternatives()),
                        String.join(LIST, term.forbidden()), term.partOfSpeech(), term.domain(), term.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The header's names by their canonical column, checked: source and target there, nothing unknown. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> canonical = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        COLUMNS.forEach(column -> canonical.put(column, column));
        Map<String, String> found = new TreeMap<>();
        for (String name : header) {
            String column = canonical.get(name.strip());
            if (column == null) {
                throw new InvalidGlossaryFile(1, "unknown column '" + name + "'; the columns are "
                        + String.join(", ", COLUMNS) + ".");
            }
            found.put(column, name);
        }
        for (String required : List.of("source", "target")) {
            if (!found.containsKey(required)) {
                throw new InvalidGlossaryFile(1, "the header has no '" + required + "' column; the columns are "
                        + String.join(", ", COLUMNS) + ".");
            }
        }
        return found;
    }

    private static String field(CSVRecord record, Map<String, String> columns, String column) {
        String name = columns.get(column);
        if (name == null || !record.isSet(name)) {
            return null;
        }
        String value = record.get(name);
        return value.isBlank() && !column.equals("source") && !column.equals("target") ? null : value;
    }

    private static List<String> list(String field) {
        return field == null ? List.of()
                : Arrays.stream(field.split("\\" + LIST)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String reason(RuntimeException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return message == null ? "broken quoting" : message;
    }
}
