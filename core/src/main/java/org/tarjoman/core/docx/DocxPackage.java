package org.tarjoman.core.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a Word file's zip before Okapi opens it, and refuses what Okapi should never see: not a zip,
 * no {@code word/document.xml}, macros ({@code vbaProject.bin}, a macro-enabled content type), part names
 * that climb out of the package, and anything that unpacks beyond the {@link DocxLimits}. Sizes are
 * counted while inflating, since the sizes a zip declares are the attacker's to choose.
 */
final class DocxPackage {

    static final String MAIN_PART = "word/document.xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DocxPackage() {
    }

    static void check(byte[] file, DocxLimits limits) {
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw new UnreadableDocx("The file is not a Word document (.docx): it is not a zip package.");
        }
        boolean main = false;
        boolean types = false;
        int entries = 0;
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new DocxTooLarge("The Word file has more than " + limits.maxEntries() + " parts.");
                }
                String name = entry.getName();
                checkName(name);
                main |= name.equals(MAIN_PART);
                types |= name.equals(CONTENT_TYPES);
                long part = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    part += read;
                    unpacked += read;
                    if (unpacked > limits.maxUnpackedBytes()) {
                        throw new DocxTooLarge("The Word file unpacks to more than "
                                + limits.maxUnpackedBytes() / (1024 * 1024) + " MB.");
                    }
                }
                long packed = Math.max(entry.getCompressedSize(), 1);
                if (part > 1024 * 1024 && part / packed > limits.maxRatio()) {
                    throw new DocxTooLarge("Part '" + name + "' of the Word file unpacks " + part / packed
                            + " times its packed size (a zip bomb?).");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocx("The Word file's zip package is damaged (" + e.getMessage() + ").");
        }
        if (entries == 0) {
            throw new UnreadableDocx("The file is not a Word document (.docx): its zip package is empty.");
        }
        if (!main || !types) {
            throw new UnreadableDocx("The zip package is not a Word document: it has no " + (main ? CONTENT_TYPES : MAIN_PART)
                    + ".");
        }
        checkContentTypes(contentTypes(file));
    }

    private static void checkName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("/") || name.contains("\\") || name.contains("..") || name.indexOf(':') >= 0) {
            throw new UnreadableDocx("The Word file has a part with an odd name ('" + name + "').");
        }
        if (lower.endsWith("vbaproject.bin") || lower.endsWith(".bin") && lower.contains("vba")) {
            throw new UnreadableDocx("The Word file contains macros; save it as a plain .docx without macros.");
        }
    }

    private static void checkContentTypes(String types) {
        String lower = types.toLowerCase(Locale.ROOT);
        if (lower.contains("macroenabled") || lower.contains("vbaproject")) {
            throw new UnreadableDocx("The Word file contains macros; save it as a plain .docx without macros.");
        }
        if (!lower.contains("wordprocessingml.document.main+xml") && !lower.contains("wordprocessingml.template.main+xml")) {
            throw new UnreadableDocx("The zip package is not a Word document (its main part is not a Word body).");
        }
    }

    private static String contentTypes(byte[] file) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(CONTENT_TYPES)) {
                    return new String(readSome(zip), StandardCharsets.UTF_8);
                }
            }
            return "";
        } catch (IOException e) {
            throw new UnreadableDocx("The Word file's zip package is damaged (" + e.getMessage() + ").");
        }
    }

    /** At most 1 MB: the content types list of a real document is a few kilobytes. */
    private static byte[] readSome(InputStream in) throws IOException {
        return in.readNBytes(1024 * 1024);
    }
}
