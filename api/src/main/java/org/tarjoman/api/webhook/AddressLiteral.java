package org.tarjoman.api.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host written as an address rather than a name, read without any DNS lookup. IPv4 is read the way
 * browsers and curl read it (the WHATWG URL standard, after {@code inet_aton}): one to four parts,
 * each decimal, {@code 0x} hexadecimal or {@code 0}-prefixed octal, the last filling the remaining
 * bytes. So {@code 2130706433}, {@code 0x7f000001} and {@code 0177.0.0.1} are all 127.0.0.1, whatever
 * Java itself would make of them. IPv6 is the bracketed or bare literal.
 */
final class AddressLiteral {

    private static final Pattern NUMBER = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
    private static final Pattern CANONICAL_IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

    private AddressLiteral() {
    }

    /** The address a host denotes by itself; empty for a name (or numbers no client reads as an address). */
    static Optional<InetAddress> parse(String host) {
        String value = host.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.contains(":")) {
            return ipv6(value);
        }
        return ipv4(value.endsWith(".") ? value.substring(0, value.length() - 1) : value);
    }

    /** Whether a host is an address in the one spelling every client reads alike: dotted decimal, or IPv6. */
    static boolean isCanonical(String host) {
        return host.startsWith("[") || CANONICAL_IPV4.matcher(host).matches();
    }

    private static Optional<InetAddress> ipv6(String value) {
        if (!IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            // a literal of hex digits, colons and dots: Java parses it without a lookup
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!NUMBER.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
            numbers[i] = number(parts[i]);
            if (numbers[i] < 0) {
                return Optional.empty();
            }
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (numbers[i] > 255) {
                return Optional.empty();
            }
            address |= numbers[i] << (8 * (3 - i));
        }
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            return Optional.empty();
        }
        address |= last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** One part's value, or -1 when it is out of range. */
    private static long number(String part) {
        String digits = part;
        int radix = 10;
        if (part.length() > 1 && (part.charAt(1) == 'x' || part.charAt(1) == 'X')) {
            digits = part.substring(2);
            radix = 16;
        } else if (part.length() > 1 && part.charAt(0) == '0') {
            digits = part.substring(1);
            radix = 8;
        }
        digits = digits.replaceFirst("^0+", "");
        if (digits.isEmpty()) {
            return 0;
        }
        if (digits.length() > 11) {
            return -1;
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return -1; // 8 or 9 in an octal part
        }
    }
}
