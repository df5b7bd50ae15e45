package org.tarjoman.api.account;

import java.nio.charset.StandardCharsets;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Passwords are kept as bcrypt hashes (Quarkus' {@link BcryptUtil}, cost 10: about 0.1 s a check, on
 * a worker thread). bcrypt reads at most 72 bytes, so a longer password is refused rather than
 * silently cut.
 */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    /** Compared against when the user does not exist, so that an unknown name takes as long as a wrong password. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-never-matches");

    private Passwords() {
    }

    static String hash(String password) {
        check(password);
        return BcryptUtil.bcryptHash(password);
    }

    static boolean matches(String password, String hash) {
        return password != null && BcryptUtil.matches(password, hash);
    }

    static void spendTime(String password) {
        BcryptUtil.matches(password == null ? "" : password, DECOY);
    }

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidAccountRequest("password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidAccountRequest("password must have at most " + MAX_BYTES + " bytes (bcrypt reads no more).");
        }
    }
}
