package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void shouldPointUnderTheConfiguredPublicUrl() {
        PublicAddress address = new PublicAddress(Optional.of(URI.create("https://tarjoman.example.org/")));

        assertThat(address.of("/api/v1/jobs/7")).isEqualTo("https://tarjoman.example.org/api/v1/jobs/7");
        assertThat(address.created("/api/v1/jobs/7").build().getHeaderString("Location"))
                .isEqualTo("https://tarjoman.example.org/api/v1/jobs/7");
    }

    @Test
    void shouldPointRelativeToTheRequestWithoutOne() {
        assertThat(new PublicAddress(Optional.empty()).accepted("/api/v1/imports/x").build().getHeaderString("Location"))
                .isEqualTo("/api/v1/imports/x");
    }
}
