package org.tarjoman.core.docx;

/**
 * What a Word article may unpack to. A news article is a few kilobytes of XML; the limits leave
 * room for pictures (which we skip but still have to walk past) and stop zip bombs early.
 *
 * @param maxEntries        parts in the zip
 * @param maxUnpackedBytes  all parts together, unpacked
 * @param maxRatio          unpacked size over packed size of one part (a bomb packs ~1000:1)
 */
public record DocxLimits(int maxEntries, long maxUnpackedBytes, int maxRatio) {

    public static final DocxLimits DEFAULT = new DocxLimits(1_000, 64L * 1024 * 1024, 200);
}
