package org.tarjoman.api.config;

import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tarjoman's own settings ({@code tarjoman.*}, or {@code TARJOMAN_*} in the environment). */
@ConfigMapping(prefix = "tarjoman")
public interface TarjomanConfig {

    /** Folder of the embedded H2 database and other local files. */
    @WithDefault("./data")
    String dataDir();

    /** {@link #dataDir()} made absolute; derived by {@link DataPathConfigSourceFactory}, not set by hand. */
    String dataPath();

    Segmentation segmentation();

    Memory memory();

    Xliff xliff();

    Requests requests();

    Jobs jobs();

    Webhooks webhooks();

    interface Segmentation {

        /** Largest article accepted by the segmentation endpoint. */
        @WithDefault("2M")
        MemorySize maxBodySize();
    }

    interface Memory {

        /** TMX files up to this size are imported while the client waits; larger ones in the background. */
        @WithDefault("10M")
        MemorySize syncImportLimit();

        /** How often each node applies memory writes made by other nodes. */
        @WithDefault("500ms")
        Duration syncInterval();

        /** Largest TMX file imported; it is streamed to a spool file, so this bounds disk, not memory. */
        @WithDefault("1G")
        MemorySize maxImportSize();
    }

    interface Xliff {

        /** Largest XLIFF file imported into a task; the file's units are held while they are checked. */
        @WithDefault("32M")
        MemorySize maxBodySize();
    }

    interface Requests {

        /** Largest body of any other request (segment saves, memory units, match requests, task updates). */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface Jobs {

        /** Languages articles can be translated into (BCP 47 primary tags). */
        @WithDefault("en,ru")
        List<String> targetLanguages();
    }

    interface Webhooks {

        /** Key of the HMAC-SHA256 signature in {@code X-Tarjoman-Signature}; set your own in production. */
        @WithDefault("change-me")
        String secret();

        /** Delivery attempts before an event is given up (with exponential backoff between them). */
        @WithDefault("12")
        int maxAttempts();

        /** The first retry's delay; each next one doubles, up to an hour. */
        @WithDefault("2s")
        Duration initialBackoff();

        /** How often a node looks for due events. */
        @WithDefault("1s")
        Duration pollInterval();
    }
}
