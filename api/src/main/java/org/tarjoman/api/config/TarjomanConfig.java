package org.tarjoman.api.config;

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

    interface Segmentation {

        /** Largest article accepted by the segmentation endpoint. */
        @WithDefault("2M")
        MemorySize maxBodySize();
    }
}
