package org.tarjoman.api.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What an address is, for deciding whether a newsroom's callback URL may point at it. Only
 * {@link #PUBLIC} addresses are reachable without the operator's say-so; every other class is the
 * inside of some network (this machine, the data centre, a cloud's metadata service at
 * 169.254.169.254) or no real destination. From the IANA special-purpose registries (RFC 6890):
 * <ul>
 *   <li>loopback: 127.0.0.0/8, ::1</li>
 *   <li>private: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7 (unique local), fec0::/10 (site-local)</li>
 *   <li>link-local: 169.254.0.0/16 (cloud metadata services), fe80::/10</li>
 *   <li>shared (carrier-grade NAT): 100.64.0.0/10</li>
 *   <li>unspecified: 0.0.0.0/8 (Linux connects 0.0.0.0 to this machine), ::</li>
 *   <li>multicast: 224.0.0.0/4, ff00::/8</li>
 *   <li>reserved: 192.0.0.0/24, the documentation and benchmarking ranges, 240.0.0.0/4 with the broadcast
 *       address, IPv4-compatible ::/96, 100::/64, 2001:db8::/32</li>
 * </ul>
 * An IPv6 address that carries an IPv4 one (IPv4-mapped {@code ::ffff:a.b.c.d}, which Java already
 * turns into IPv4, and NAT64 {@code 64:ff9b::a.b.c.d}) is the class of the IPv4 address it carries.
 */
enum AddressClass {
    PUBLIC("public"),
    LOOPBACK("loopback"),
    PRIVATE("private"),
    LINK_LOCAL("link-local"),
    SHARED("shared (carrier-grade NAT)"),
    UNSPECIFIED("unspecified"),
    MULTICAST("multicast"),
    RESERVED("reserved");

    /** Checked in order: the more specific range first (:: and ::1 before ::/96). */
    private static final List<Map.Entry<AddressRange, AddressClass>> RANGES = List.of(
            Map.entry(AddressRange.of("127.0.0.0/8"), LOOPBACK),
            Map.entry(AddressRange.of("10.0.0.0/8"), PRIVATE),
            Map.entry(AddressRange.of("172.16.0.0/12"), PRIVATE),
            Map.entry(AddressRange.of("192.168.0.0/16"), PRIVATE),
            Map.entry(AddressRange.of("169.254.0.0/16"), LINK_LOCAL),
            Map.entry(AddressRange.of("100.64.0.0/10"), SHARED),
            Map.entry(AddressRange.of("0.0.0.0/8"), UNSPECIFIED),
            Map.entry(AddressRange.of("224.0.0.0/4"), MULTICAST),
            Map.entry(AddressRange.of("192.0.0.0/24"), RESERVED),
            Map.entry(AddressRange.of("192.0.2.0/24"), RESERVED),
            Map.entry(AddressRange.of("198.18.0.0/15"), RESERVED),
            Map.entry(AddressRange.of("198.51.100.0/24"), RESERVED),
            Map.entry(AddressRange.of("203.0.113.0/24"), RESERVED),
            Map.entry(AddressRange.of("240.0.0.0/4"), RESERVED),
            Map.entry(AddressRange.of("::1/128"), LOOPBACK),
            Map.entry(AddressRange.of("::/128"), UNSPECIFIED),
            Map.entry(AddressRange.of("::/96"), RESERVED),
            Map.entry(AddressRange.of("fc00::/7"), PRIVATE),
            Map.entry(AddressRange.of("fec0::/10"), PRIVATE),
            Map.entry(AddressRange.of("fe80::/10"), LINK_LOCAL),
            Map.entry(AddressRange.of("ff00::/8"), MULTICAST),
            Map.entry(AddressRange.of("100::/64"), RESERVED),
            Map.entry(AddressRange.of("2001:db8::/32"), RESERVED));

    private static final AddressRange NAT64 = AddressRange.of("64:ff9b::/96");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    static AddressClass of(InetAddress address) {
        InetAddress subject = carriedIpv4(address);
        for (Map.Entry<AddressRange, AddressClass> range : RANGES) {
            if (range.getKey().contains(subject)) {
                return range.getValue();
            }
        }
        return PUBLIC;
    }

    /** As said in a refusal: "a link-local address", "an unspecified address". */
    String withArticle() {
        return ("aeiou".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description + " address";
    }

    private static InetAddress carriedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address) || !NAT64.contains(address)) {
            return address;
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(address.getAddress(), 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
