package org.tarjoman.api.webhook;

import java.net.InetAddress;
import java.util.Optional;

/**
 * A CIDR range of IPv4 or IPv6 addresses ({@code 10.1.0.0/16}, {@code fe80::/10}); a single address
 * is the range of its full length. An IPv4 range never contains an IPv6 address or the reverse.
 */
record AddressRange(byte[] network, int prefix) {

    /** Parses {@code address/prefix} or a bare address literal; empty when it is neither (a host name). */
    static Optional<AddressRange> parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        Optional<InetAddress> literal = AddressLiteral.parse(address);
        if (literal.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = literal.get().getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("'" + text + "' has no valid prefix length (0 to " + bits + ")");
            }
        }
        return Optional.of(new AddressRange(bytes, prefix));
    }

    /** A range written in CIDR notation, for the constant tables; fails on a typo. */
    static AddressRange of(String cidr) {
        return parse(cidr).orElseThrow(() -> new IllegalArgumentException("Not an address range: " + cidr));
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] candidate) {
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
