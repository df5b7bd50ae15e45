package org.tarjoman.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a translation inside a memory: SHA-256 (hex) of the source, a NUL, and the target,
 * exactly as stored (tagged text, inline codes and ZWNJ included, nothing normalized). A memory holds
 * one unit per hash; confirming the same translation again updates that unit. Spelling variants are
 * different translations on purpose: the memory keeps text as the translator wrote it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** 64 lowercase hex digits. NUL separates the sides: it cannot occur in XML text, so no two pairs collide by joining. */
    public static String of(String source, String target) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(target.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String of(TranslationUnit unit) {
        return of(unit.source(), unit.target());
    }
}
