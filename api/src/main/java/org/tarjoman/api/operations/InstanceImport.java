package org.tarjoman.api.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.glossary.GlossaryImport;
import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.file.GlossaryRow;
import org.tarjoman.api.glossary.file.GlossaryTbx;
import org.tarjoman.api.memory.ImportEntity;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews.MemoryView;
import org.tarjoman.api.memory.TmxImports;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/**
 * An {@link InstanceExport} taken into an instance that has no jobs and no memory units yet (a new node, or
 * one an operator emptied): the jobs row by row with their ids, translations and history
 * ({@link JobTables}), each memory by the TMX import, each glossary by the TBX import. The whole zip is
 * checked before anything is written. Accounts are not restored: an admin creates the people again (the
 * export holds no passwords), and the jobs keep their authors' names.
 */
@ApplicationScoped
public class InstanceImport {

    /** Uncompressed entries may be this many times the upload limit: TMX and JSON compress well, bombs more. */
    private static final long INFLATION = 20;

    private final DataSource database;
    private final MemoryService memories;
    private final TmxImports tmx;
    private final GlossaryImport glossaries;
    private final ObjectMapper json;
    private final long maxBytes;

    InstanceImport(DataSource database, MemoryService memories, TmxImports tmx, GlossaryImport glossaries,
                   ObjectMapper json, TarjomanConfig config) {
        this.database = database;
        this.memories = memories;
        this.tmx = tmx;
        this.glossaries = glossaries;
        this.json = json;
        this.maxBytes = config.memory().maxImportSize().asLongValue();
    }

    public record Restored(long jobs, long rows, int memories, long units, int glossaryTerms) {
    }

    /** Reads {@code body} (the zip) and restores it; the spooled copy is deleted afterwards. */
    public Restored restore(InputStream body, String actor) {
        Path spooled = tmx.spoolFile();
        try {
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            try (ZipFile zip = open(spooled)) {
                return restore(zip, actor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // the spool folder is the data folder's; a left-over file does no harm
            }
        }
    }

    private Restored restore(ZipFile zip, String actor) throws IOException {
        checkSizes(zip);
        JsonNode manifest = readJson(zip, ExportLayout.MANIFEST);
        if (!ExportLayout.FORMAT.equals(manifest.path("format").asText())
                || manifest.path("version").asInt() != ExportLayout.VERSION) {
            throw new InvalidExport(ExportLayout.MANIFEST + " does not name a " + ExportLayout.FORMAT + " of version "
                    + ExportLayout.VERSION + ".");
        }
        JsonNode jobs = readJson(zip, ExportLayout.JOBS);
        JsonNode memoryList = readJson(zip, ExportLayout.MEMORIES);
        if (!jobs.isObject() || !memoryList.isArray()) {
            throw new InvalidExport(ExportLayout.JOBS + " must hold an object and " + ExportLayout.MEMORIES
                    + " a list.");
        }
        List<MemoryView> wanted = new ArrayList<>();
        for (JsonNode memory : memoryList) {
            MemoryView view = json.convertValue(memory, MemoryView.class);
            entry(zip, ExportLayout.memory(view.name()));
            wanted.add(view);
        }
        List<List<GlossaryRow>> terms = new ArrayList<>();
        for (GlossaryPair pair : GlossaryPair.values()) {
            ZipEntry tbx = zip.getEntry(ExportLayout.glossary(pair));
            terms.add(tbx == null ? List.of() : GlossaryTbx.read(pair, text(zip, tbx)));
        }
        checkEmpty();

        long rows = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            try (Connection connection = database.getConnection()) {
                return (long) JobTables.restore(connection, jobs);
            }
        });
        int glossaryTerms = 0;
        for (GlossaryPair pair : GlossaryPair.values()) {
            var pairTerms = terms.get(pair.ordinal());
            if (!pairTerms.isEmpty()) {
                var outcome = glossaries.importRows(pair, pairTerms, "TBX", actor);
                glossaryTerms += outcome.created() + outcome.merged();
            }
        }
        long units = 0;
        Set<String> existing = new HashSet<>(QuarkusTransaction.requiringNew().call(memories::memories).stream()
                .map(MemoryView::name).toList());
        for (MemoryView memory : wanted) {
            if (!existing.contains(memory.name())) {
                memories.create(memory.name(), memory.description(), false);
            }
            Path file = tmx.spoolFile();
            try (InputStream in = zip.getInputStream(entry(zip, ExportLayout.memory(memory.name())))) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportEntity done = tmx.importNow(MemoryService.name(memory.name()), file, memory.name() + ".tmx", actor);
            units += done.added + done.merged;
            if (memory.readOnly()) {
                memories.change(memory.name(), null, true);
            }
        }
        return new Restored(jobs.path("job").size(), rows, wanted.size(), units, glossaryTerms);
    }

    private void checkEmpty() {
        long held = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery(
                         "SELECT (SELECT COUNT(*) FROM job) + (SELECT COUNT(*) FROM tm_unit WHERE deleted = FALSE)")) {
                count.next();
                return count.getLong(1);
            }
        });
        if (held > 0) {
            throw new ApiException(ProblemKind.NOT_EMPTY, "This instance holds jobs or memory units already; import "
                    + "an export into a new instance (an empty data folder or database).");
        }
    }

    private void checkSizes(ZipFile zip) {
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            total += Math.max(entry.getSize(), entry.getCompressedSize());
        }
        if (total > maxBytes * INFLATION) {
            throw new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, "The export unpacks to " + total + " bytes, more "
                    + "than " + INFLATION + " times tarjoman.memory.max-import-size.");
        }
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new InvalidExport("The body is not a zip file.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readJson(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(zip, name))) {
            return json.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidExport(name + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InvalidExport("The zip has no " + name + "; is it an export of Tarjoman?");
        }
        return entry;
    }
}
