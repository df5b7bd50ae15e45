package org.tarjoman.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences between a query and a match source: a word-level Levenshtein alignment of their
 * tokens, each maximal run of non-matching tokens between two matching ones becoming one
 * {@link Difference} whose offsets are character offsets in the plain texts (tags removed). Only run
 * for the few matches returned, so it keeps the full matrix.
 */
final class Alignment {

    private Alignment() {
    }

    static List<Difference> differences(Words.Spanned query, Words.Spanned source) {
        String[] q = query.tokens();
        String[] c = source.tokens();
        int n = q.length;
        int m = c.length;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = d[i - 1][j - 1] + (q[i - 1].equals(c[j - 1]) ? 0 : 1);
                d[i][j] = Math.min(diagonal, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        // Walk back from the end; collect matched pairs (as anchors), newest first.
        List<int[]> anchors = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && q[i - 1].equals(c[j - 1]) && d[i][j] == d[i - 1][j - 1]) {
                anchors.add(new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        List<Difference> out = new ArrayList<>();
        int qFrom = 0;
        int cFrom = 0;
        for (int a = anchors.size() - 1; a >= -1; a--) {
            int qTo = a >= 0 ? anchors.get(a)[0] : n;
            int cTo = a >= 0 ? anchors.get(a)[1] : m;
            if (qTo > qFrom || cTo > cFrom) {
                out.add(difference(query, qFrom, qTo, source, cFrom, cTo));
            }
            qFrom = qTo + 1;
            cFrom = cTo + 1;
        }
        return out;
    }

    private static Difference difference(Words.Spanned query, int qFrom, int qTo, Words.Spanned source, int cFrom,
                                         int cTo) {
        Difference.Kind kind = qTo == qFrom ? Difference.Kind.INSERTED
                : cTo == cFrom ? Difference.Kind.DELETED : Difference.Kind.REPLACED;
        return new Difference(kind, start(query, qFrom, qTo), end(query, qFrom, qTo),
                start(source, cFrom, cTo), end(source, cFrom, cTo));
    }

    /** Start of tokens {@code [from, to)}; an empty run sits right after the previous token. */
    private static int start(Words.Spanned text, int from, int to) {
        if (to > from) {
            return text.starts()[from];
        }
        return from > 0 ? text.ends()[from - 1] : text.starts().length > 0 ? text.starts()[0] : 0;
    }

    private static int end(Words.Spanned text, int from, int to) {
        return to > from ? text.ends()[to - 1] : start(text, from, to);
    }
}
