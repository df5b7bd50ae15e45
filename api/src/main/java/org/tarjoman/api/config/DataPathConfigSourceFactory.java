package org.tarjoman.api.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code tarjoman.data-path}, the absolute form of {@code tarjoman.data-dir}, because H2
 * refuses file URLs relative to the working directory unless they start with {@code ./}: with it,
 * {@code TARJOMAN_DATA_DIR=data}, {@code ./data} and {@code /var/lib/tarjoman} all work.
 */
public class DataPathConfigSourceFactory implements ConfigSourceFactory {

    static final String DATA_DIR = "tarjoman.data-dir";
    static final String DATA_PATH = "tarjoman.data-path";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dir = context.getValue(DATA_DIR);
        String value = dir == null || dir.getValue() == null ? "./data" : dir.getValue();
        String absolute = Path.of(value).toAbsolutePath().normalize().toString();
        return List.of(new MapBackedConfigSource("tarjoman-data-path", Map.of(DATA_PATH, absolute), 50) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }
}
