package org.tarjoman.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Tarjoman-Signature} header: {@code sha256=} and the lowercase hex HMAC-SHA256 of the
 * exact body bytes, keyed with {@code tarjoman.webhooks.secret} (UTF-8). Receivers recompute it over
 * the raw body, before parsing, and compare in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Tarjoman-Signature";
    static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for a body. */
    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether a received header value signs this body with this secret; null or malformed is false. */
    public static boolean verify(byte[] body, String secret, String header) {
        if (header == null) {
            return false;
        }
        // Comparing all bytes whatever the first difference: a timing leak would let a forger guess it byte by byte.
        return MessageDigest.isEqual(sign(body, secret).getBytes(StandardCharsets.US_ASCII),
                header.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
