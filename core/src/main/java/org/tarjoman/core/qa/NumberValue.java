package org.tarjoman.core.qa;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.tarjoman.core.normalize.PersianChars;

/**
 * The comparable form of a number, the same whatever its script, grouping or decimal mark:
 * {@code ۱٬۲۳۴٫۵}, {@code 1,234.5}, {@code 1 234,5} → {@code "1234.5"}; {@code 15.0} → {@code "15"}.
 */
final class NumberValue {

    private NumberValue() {
    }

    static String of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    static String of(String asciiDecimal) {
        return of(new BigDecimal(asciiDecimal));
    }

    static String times(String value, long factor) {
        return of(new BigDecimal(value).multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * What a target number can mean. With both {@code ,} and {@code .} the last one is the decimal
     * mark; a single mark may be either (a decimal, or grouping when three digits follow): {@code 1,234}
     * reads 1234 in English and 1.234 in Russian, and the source decides which was meant.
     * Spaces inside ({@code 1 234}) are grouping.
     */
    static Set<String> readings(String written) {
        StringBuilder ascii = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (PersianChars.isDigit(c)) {
                ascii.append(PersianChars.asciiDigit(c));
            } else if (c == '.' || c == ',' || c == '٫' || c == '٬') {
                ascii.append(c == '٫' ? '.' : c == '٬' ? ',' : c);
            }
        }
        String t = ascii.toString();
        Set<String> readings = new LinkedHashSet<>();
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        if (lastDot < 0 && lastComma < 0) {
            readings.add(of(t));
        } else if (lastDot >= 0 && lastComma >= 0) {
            int decimal = Math.max(lastDot, lastComma);
            readings.add(of(t.substring(0, decimal).replaceAll("[.,]", "") + "." + t.substring(decimal + 1)));
        } else {
            char mark = lastDot >= 0 ? '.' : ',';
            int first = t.indexOf(mark);
            int last = Math.max(lastDot, lastComma);
            boolean groupsOfThree = t.matches("\\d{1,3}(?:\\Q" + mark + "\\E\\d{3})+");
            if (groupsOfThree) {
                readings.add(of(t.replace(String.valueOf(mark), "")));
            }
            if (first == last) {
                readings.add(of(t.replace(mark, '.')));
            }
        }
        return readings;
    }
}
