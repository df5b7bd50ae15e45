package org.tarjoman.api.webhook;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's exceptions for in-house receivers ({@code tarjoman.webhooks.allowed-hosts}): each
 * entry is a host name ({@code hooks.internal}: that name is trusted whatever it resolves to), an
 * address ({@code 127.0.0.1}, {@code ::1}) or a CIDR range ({@code 10.1.0.0/16}: any name or literal
 * resolving into it is allowed).
 */
final class AllowedHosts {

    static final AllowedHosts NONE = new AllowedHosts(Set.of(), List.of());

    private final Set<String> names;
    private final List<AddressRange> ranges;

    private AllowedHosts(Set<String> names, List<AddressRange> ranges) {
        this.names = names;
        this.ranges = ranges;
    }

    /** Reads the configured entries; a malformed range fails the start rather than allowing too much. */
    static AllowedHosts of(List<String> entries) {
        Set<String> names = new HashSet<>();
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            Optional<AddressRange> range;
            try {
                range = AddressRange.parse(entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tarjoman.webhooks.allowed-hosts: " + e.getMessage(), e);
            }
            if (range.isPresent()) {
                ranges.add(range.get());
            } else if (entry.contains("/")) {
                throw new IllegalArgumentException("tarjoman.webhooks.allowed-hosts: '" + entry
                        + "' is neither a host name, an address nor a CIDR range");
            } else {
                names.add(name(entry));
            }
        }
        return new AllowedHosts(Set.copyOf(names), List.copyOf(ranges));
    }

    boolean allowsName(String host) {
        return names.contains(name(host));
    }

    boolean allows(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** Host names compare without case and without the root's trailing dot. */
    private static String name(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
