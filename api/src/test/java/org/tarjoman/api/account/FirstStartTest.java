package org.tarjoman.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/** A first start with neither an admin password nor an API key configured makes {@code admin} with a generated password. */
@QuarkusTest
@TestProfile(FirstStartTest.NothingConfigured.class)
class FirstStartTest {

    public static class NothingConfigured implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tarjoman.data-dir", "target/test-data-first-start", "tarjoman.api-key", "",
                    "tarjoman.admin.password", "");
        }
    }

    @Test
    void shouldMakeAnAdminWithAGeneratedPasswordAndNoKey() {
        AccountEntity admin = QuarkusTransaction.requiringNew().call(() -> AccountEntity.byName("admin"));

        assertThat(admin.roles()).isEqualTo(EnumSet.allOf(UserRole.class));
        assertThat(admin.passwordHash).startsWith("$2");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ApiKeyEntity.ROWS.count())).isZero();
        new TarjomanClient().anonymous().get("/api/v1/me").then().statusCode(401);
    }
}
