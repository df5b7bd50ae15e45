package org.tarjoman.api.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.job.CallbackPolicy;

/**
 * Where webhooks may go: a callback URL supplied by a newsroom must name a host whose every address
 * is {@link AddressClass#PUBLIC}, unless the operator allowed the host name or the addresses in
 * {@code tarjoman.webhooks.allowed-hosts}. Otherwise anyone who can submit a job could make Tarjoman
 * POST to the cloud metadata service, the database port or an admin page inside the network.
 * <ul>
 *   <li>Checked when a job is submitted and again before each delivery, since a name can be made to
 *       resolve elsewhere after it was accepted. The sender connects moments after the check through
 *       the same JVM name cache ({@code networkaddress.cache.ttl}, 30 s by default), so both see the
 *       same answer.</li>
 *   <li>A name is judged by all its addresses: one inside address refuses it.</li>
 *   <li>A name that cannot be resolved is refused: nothing could be sent to it anyway.</li>
 *   <li>Numbers in another spelling than dotted decimal ({@code 2130706433}, {@code 0x7f000001},
 *       {@code 0177.0.0.1}) are refused, even when public or allowed: clients disagree about what
 *       they mean (Java reads {@code 0177.0.0.1} as 177.0.0.1, browsers and curl as 127.0.0.1).</li>
 * </ul>
 * Operator-configured outbound calls (machine-translation engines) are trusted and not judged here.
 */
@ApplicationScoped
public class ReceiverPolicy implements CallbackPolicy {

    /** A host name to all its addresses: DNS in production, a table in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final AllowedHosts allowed;
    private final Resolver resolver;

    @Inject
    ReceiverPolicy(TarjomanConfig config) {
        this(AllowedHosts.of(config.webhooks().allowedHosts().orElse(List.of())), InetAddress::getAllByName);
    }

    ReceiverPolicy(AllowedHosts allowed, Resolver resolver) {
        this.allowed = allowed;
        this.resolver = resolver;
    }

    @Override
    public Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("the URL names no host");
        }
        if (allowed.allowsName(host)) {
            return Optional.empty();
        }
        Optional<InetAddress> literal = AddressLiteral.parse(host);
        if (literal.isPresent()) {
            return refusal(literal.get(), host);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of(host + " cannot be resolved");
        }
        if (addresses.length == 0) {
            return Optional.of(host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            AddressClass kind = AddressClass.of(address);
            if (kind != AddressClass.PUBLIC && !allowed.allows(address)) {
                return Optional.of(host + " resolves to " + address.getHostAddress() + ", " + kind.withArticle());
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address, String host) {
        AddressClass kind = AddressClass.of(address);
        if (!AddressLiteral.isCanonical(host)) {
            String what = address.getHostAddress() + (kind == AddressClass.PUBLIC ? "" : ", " + kind.withArticle());
            return Optional.of(host + " is " + what + ", in a spelling clients read differently");
        }
        if (kind == AddressClass.PUBLIC || allowed.allows(address)) {
            return Optional.empty();
        }
        return Optional.of(host + " is " + kind.withArticle());
    }
}
