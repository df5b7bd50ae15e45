package org.tarjoman.api.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys and how they are kept. A key is 256 random bits, so an unsalted SHA-256 of it is as safe to
 * store as a bcrypt hash would be (nobody can guess a 2^256 preimage; a slow hash only protects
 * low-entropy secrets such as passwords), and it lets a request's key be checked with one lookup on a
 * unique index instead of a bcrypt comparison with every key.
 */
public final class KeyHash {

    /** Marks a Tarjoman key in logs and secret scanners. */
    static final String PREFIX = "tjk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHash() {
    }

    /** A new key: the prefix and 32 random bytes, base64url. */
    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String of(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
