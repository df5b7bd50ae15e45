package org.tarjoman.api.job;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.core.document.BlockType;

/**
 * A task as a side-by-side bilingual document for editors who proofread on paper: one table row a
 * segment with its number, the Persian source ({@code dir="rtl"}), the translation, its status and an
 * empty column for comments. Plain HTML with its styles inside (no scripts, no external files), so it
 * prints as it shows (print CSS: landscape, repeated header row, rows never split across pages) and
 * Word opens it as a document.
 */
@ApplicationScoped
@Transactional
public class ReviewDocument {

    /** Tagged text's inline code tags; the review shows the words, not the markup. */
    private static final Pattern TAGS = Pattern.compile("</?(?:g|x|bx|ex|ph|pc|sc|ec)\\b[^>]*>");

    private static final String STYLE = """
            body { font-family: Calibri, 'Segoe UI', Arial, sans-serif; font-size: 11pt; color: #000; margin: 1.5cm; }
            h1 { font-size: 16pt; margin: 0 0 4pt; }
            p.facts { margin: 0 0 12pt; color: #333; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #777; padding: 4pt 6pt; vertical-align: top; text-align: start; }
            th { background: #e8e8e8; }
            col.num { width: 5%; } col.text { width: 33%; } col.status { width: 9%; } col.comments { width: 20%; }
            td.num, td.status { font-size: 9pt; }
            td.fa { font-family: Tahoma, 'Vazirmatn', 'Noto Naskh Arabic', serif; font-size: 12pt; text-align: right; }
            tr.heading td.text { font-weight: bold; }
            tr.untranslated td.target { color: #777; font-style: italic; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; break-inside: avoid; }
            @page { size: A4 landscape; margin: 1.5cm; }
            @media print { body { margin: 0; } h1 { page-break-after: avoid; } }
            """;

    /** The review document of a task, and the file name it downloads as. */
    public record Review(String html, String fileName) {
    }

    public Review of(long jobId, String language) {
        TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
        JobEntity job = snapshot.job();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape("Review: " + job.title + " (fa → " + language + ")")).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(escape(job.title)).append("</h1>\n")
                .append("<p class=\"facts\">Job ").append(job.id).append(job.externalId == null ? ""
                        : " · " + escape(job.externalId)).append(" · revision ").append(job.revision)
                .append(" · Persian → ").append(escape(language)).append(" · ").append(job.words).append(" words · printed ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(java.time.Instant.now().atOffset(ZoneOffset.UTC)))
                .append("</p>\n<table>\n<colgroup><col class=\"num\"><col class=\"text\"><col class=\"text\">")
                .append("<col class=\"status\"><col class=\"comments\"></colgroup>\n<thead><tr><th scope=\"col\">#</th>")
                .append("<th scope=\"col\">Source (fa)</th><th scope=\"col\">Translation (").append(escape(language))
                .append(")</th><th scope=\"col\">Status</th><th scope=\"col\">Comments</th></tr></thead>\n<tbody>\n");
        List<SegmentEntity> segments = snapshot.segments();
        for (SegmentEntity segment : segments) {
            TranslationEntity translation = snapshot.translation(segment);
            String target = translation.target == null ? "" : plain(translation.target);
            boolean untranslated = target.isBlank();
            html.append("<tr class=\"").append(segment.blockType == BlockType.HEADING ? "heading" : "paragraph")
                    .append(untranslated ? " untranslated" : "").append("\">")
                    .append("<td class=\"num\">").append(segment.ordinal + 1).append("</td>")
                    .append("<td class=\"text source fa\" lang=\"fa\" dir=\"rtl\">").append(escape(plain(segment.source)))
                    .append("</td><td class=\"text target\" lang=\"").append(escape(language)).append("\" dir=\"ltr\">")
                    .append(untranslated ? "(not translated)" : escape(target)).append("</td>")
                    .append("<td class=\"status\">").append(translation.status.name().toLowerCase(Locale.ROOT))
                    .append("</td><td class=\"comments\"></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        String name = (job.externalId == null ? "job-" + job.id : job.externalId.replaceAll("[^A-Za-z0-9._-]", "_"))
                + "-r" + job.revision + "-" + language + "-review.html";
        return new Review(html.toString(), name);
    }

    /** Tagged text as the words a reader sees: tags dropped, escapes undone. */
    private static String plain(String tagged) {
        return TAGS.matcher(tagged).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
