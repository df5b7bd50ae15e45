package org.tarjoman.api.operations;

import org.tarjoman.api.glossary.GlossaryPair;

/** The entries of an export zip, written by {@link InstanceExport} and read by {@link InstanceImport}. */
final class ExportLayout {

    static final String FORMAT = "tarjoman-export";
    static final int VERSION = 1;
    /** {@code {"format": "tarjoman-export", "version": 1, "exportedAt": …}}: what says the zip is ours. */
    static final String MANIFEST = "manifest.json";
    static final String JOBS = "jobs.json";
    /** The memories' names, pairs, descriptions and read-only flags; each one's units in {@link #memory}. */
    static final String MEMORIES = "memories.json";
    /** Users (names, roles, languages) and API keys (names, scopes): never a password or key hash. */
    static final String ACCOUNTS = "accounts.json";

    private ExportLayout() {
    }

    static String memory(String name) {
        return "memories/" + name + ".tmx";
    }

    static String glossary(GlossaryPair pair) {
        return "glossaries/" + pair.value() + ".tbx";
    }
}
