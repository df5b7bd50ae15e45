package org.tarjoman.api.operations;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.account.Accounts;
import org.tarjoman.api.account.ApiKeys;
import org.tarjoman.api.glossary.GlossaryImport;
import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.GlossaryViews.TermView;
import org.tarjoman.api.glossary.file.GlossaryTbx;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews.MemoryView;

/**
 * Everything an instance holds, as one zip an admin downloads ({@link ExportLayout} names the entries): the
 * jobs row by row ({@link JobTables}), each memory as TMX 1.4b by the memory's own export, each glossary
 * pair that has terms as TBX by {@link GlossaryTbx}, and the accounts and API keys without password or key hashes.
 * Each part is read in a transaction of its own, as it is written. Streamed: a memory of a million units never sits in memory.
 */
@ApplicationScoped
public class InstanceExport {

    private final DataSource database;
    private final MemoryService memories;
    private final GlossaryImport glossaries;
    private final Accounts accounts;
    private final ApiKeys keys;
    private final ObjectMapper json;

    InstanceExport(DataSource database, MemoryService memories, GlossaryImport glossaries, Accounts accounts,
                   ApiKeys keys, ObjectMapper json) {
        this.database = database;
        this.memories = memories;
        this.glossaries = glossaries;
        this.accounts = accounts;
        this.keys = keys;
        this.json = json.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Writes the zip to {@code out}; answers what it holds, for the audit. */
    public String write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush(); // the memory's TMX writer closes its stream: the zip stays open for the next entry
            }
        };
        zip.putNextEntry(new ZipEntry(ExportLayout.MANIFEST));
        json.writeValue(entry, Map.of("format", ExportLayout.FORMAT, "version", ExportLayout.VERSION,
                "exportedAt", Instant.now().toString()));

        zip.putNextEntry(new ZipEntry(ExportLayout.JOBS));
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            try (Connection connection = database.getConnection();
                 JsonGenerator generator = json.createGenerator(entry)) {
                JobTables.write(connection, generator);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("The jobs could not be exported", e);
            }
        });

        List<MemoryView> all = QuarkusTransaction.requiringNew().call(memories::memories);
        zip.putNextEntry(new ZipEntry(ExportLayout.MEMORIES));
        json.writeValue(entry, all);
        for (MemoryView memory : all) {
            zip.putNextEntry(new ZipEntry(ExportLayout.memory(memory.name())));
            memories.export(memory.name(), entry);
        }

        int terms = 0;
        for (GlossaryPair pair : GlossaryPair.values()) {
            List<TermView> pairTerms = QuarkusTransaction.requiringNew().call(() -> glossaries.all(pair));
            terms += pairTerms.size();
            if (!pairTerms.isEmpty()) { // TBX has no empty document: a pair without terms has no entry
                zip.putNextEntry(new ZipEntry(ExportLayout.glossary(pair)));
                entry.write(GlossaryTbx.write(pair, pairTerms).getBytes(StandardCharsets.UTF_8));
            }
        }

        zip.putNextEntry(new ZipEntry(ExportLayout.ACCOUNTS));
        Map<String, Object> people = new LinkedHashMap<>();
        people.put("users", QuarkusTransaction.requiringNew().call(accounts::list));
        people.put("keys", QuarkusTransaction.requiringNew().call(keys::list));
        json.writeValue(entry, people);
        zip.finish();
        zip.flush();
        return all.size() + " memories, " + terms + " glossary terms";
    }
}
