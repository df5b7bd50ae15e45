package org.tarjoman.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Which callback URLs webhooks may go to. Names resolve through a table standing in for DNS (no
 * network): {@code metadata.google.internal} as it resolves inside Google Cloud, a newsroom's public
 * name, and a name that answers with one public and one private address.
 */
class ReceiverPolicyTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "metadata.google.internal", List.of("169.254.169.254"),
            "hooks.irna.example", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "rebound.example", List.of("93.184.215.14", "10.0.0.7"),
            "localhost", List.of("127.0.0.1", "::1"),
            "hooks.internal", List.of("10.1.4.20"),
            "staging.internal", List.of("10.2.0.5"));

    private static final ReceiverPolicy DEFAULT = policy(List.of());
    private static final ReceiverPolicy IN_HOUSE = policy(List.of("127.0.0.1", "hooks.internal", "10.1.0.0/16"));

    @Test
    void shouldAcceptANewsroomsPublicName() {
        assertThat(refusal(DEFAULT, "https://hooks.irna.example/tarjoman?token=abc")).isEmpty();
        assertThat(refusal(DEFAULT, "http://93.184.215.14:8080/hook")).isEmpty();
        assertThat(refusal(DEFAULT, "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook")).isEmpty();
    }

    @Test
    void shouldRefuseTheCloudMetadataAddressAsLinkLocal() {
        assertThat(refusal(DEFAULT, "http://169.254.169.254/latest/meta-data/"))
                .contains("169.254.169.254 is a link-local address");
        assertThat(refusal(DEFAULT, "http://metadata.google.internal/computeMetadata/v1/"))
                .contains("metadata.google.internal resolves to 169.254.169.254, a link-local address");
        assertThat(refusal(DEFAULT, "http://[fe80::1]/")).contains("[fe80::1] is a link-local address");
    }

    @Test
    void shouldRefuseAPrivateAddress() {
        assertThat(refusal(DEFAULT, "http://10.0.0.1/hook")).contains("10.0.0.1 is a private address");
        assertThat(refusal(DEFAULT, "http://172.20.1.1/")).contains("172.20.1.1 is a private address");
        assertThat(refusal(DEFAULT, "http://192.168.1.10/")).contains("192.168.1.10 is a private address");
        assertThat(refusal(DEFAULT, "http://[fd00::5]/")).contains("[fd00::5] is a private address");
    }

    @Test
    void shouldRefuseLoopbackInEverySpelling() {
        assertThat(refusal(DEFAULT, "http://127.0.0.1:5432/")).contains("127.0.0.1 is a loopback address");
        assertThat(refusal(DEFAULT, "http://[::1]/")).contains("[::1] is a loopback address");
        assertThat(refusal(DEFAULT, "http://localhost/")).contains("localhost resolves to 127.0.0.1, a loopback address");
        assertThat(refusal(DEFAULT, "http://0x7f000001/"))
                .contains("0x7f000001 is 127.0.0.1, a loopback address, in a spelling clients read differently");
        assertThat(refusal(DEFAULT, "http://2130706433/"))
                .contains("2130706433 is 127.0.0.1, a loopback address, in a spelling clients read differently");
        assertThat(refusal(DEFAULT, "http://0177.0.0.1/")).hasValueSatisfying(r -> assertThat(r).contains("127.0.0.1, a loopback"));
        assertThat(refusal(DEFAULT, "http://[::ffff:127.0.0.1]/")).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
        assertThat(refusal(DEFAULT, "http://[64:ff9b::7f00:1]/")).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
    }

    @Test
    void shouldRefuseTheUnspecifiedSharedMulticastAndReservedAddresses() {
        assertThat(refusal(DEFAULT, "http://0.0.0.0:8080/")).contains("0.0.0.0 is an unspecified address");
        assertThat(refusal(DEFAULT, "http://[::]/")).contains("[::] is an unspecified address");
        assertThat(refusal(DEFAULT, "http://100.100.100.200/")).contains("100.100.100.200 is a shared (carrier-grade NAT) address");
        assertThat(refusal(DEFAULT, "http://224.0.0.1/")).contains("224.0.0.1 is a multicast address");
        assertThat(refusal(DEFAULT, "http://255.255.255.255/")).contains("255.255.255.255 is a reserved address");
        assertThat(refusal(DEFAULT, "http://[::7f00:1]/")).contains("[::7f00:1] is a reserved address");
    }

    @Test
    void shouldRefuseANameWithAnyInsideAddress() {
        assertThat(refusal(DEFAULT, "https://rebound.example/hook"))
                .contains("rebound.example resolves to 10.0.0.7, a private address");
    }

    @Test
    void shouldRefuseANameThatCannotBeResolved() {
        assertThat(refusal(DEFAULT, "https://nowhere.irna.example/hook")).contains("nowhere.irna.example cannot be resolved");
    }

    @Test
    void shouldRefuseAPublicAddressInAnAmbiguousSpelling() {
        assertThat(refusal(DEFAULT, "http://1572394766/"))
                .contains("1572394766 is 93.184.215.14, in a spelling clients read differently");
    }

    @Test
    void shouldAcceptTheOperatorsAllowedHostsAddressesAndRanges() {
        assertThat(refusal(IN_HOUSE, "http://127.0.0.1:9090/hooks")).isEmpty();
        assertThat(refusal(IN_HOUSE, "http://HOOKS.internal./tarjoman")).isEmpty();
        assertThat(refusal(IN_HOUSE, "http://10.1.200.3/hook")).isEmpty();
        assertThat(refusal(IN_HOUSE, "http://hooks.internal/")).isEmpty();
    }

    @Test
    void shouldStillRefuseWhatTheAllowListDoesNotName() {
        assertThat(refusal(IN_HOUSE, "http://10.2.0.5/hook")).contains("10.2.0.5 is a private address");
        assertThat(refusal(IN_HOUSE, "http://staging.internal/")).contains("staging.internal resolves to 10.2.0.5, a private address");
        assertThat(refusal(IN_HOUSE, "http://[::1]/")).contains("[::1] is a loopback address");
        assertThat(refusal(IN_HOUSE, "http://169.254.169.254/")).contains("169.254.169.254 is a link-local address");
        assertThat(refusal(IN_HOUSE, "http://2130706433/")).hasValueSatisfying(r -> assertThat(r).contains("spelling"));
    }

    @Test
    void shouldRefuseAMalformedAllowListEntryAtStart() {
        assertThatThrownBy(() -> AllowedHosts.of(List.of("10.1.0.0/33")))
                .hasMessageContaining("tarjoman.webhooks.allowed-hosts").hasMessageContaining("10.1.0.0/33");
        assertThatThrownBy(() -> AllowedHosts.of(List.of("hooks.internal/16")))
                .hasMessageContaining("neither a host name, an address nor a CIDR range");
    }

    private static Optional<String> refusal(ReceiverPolicy policy, String url) {
        return policy.refusal(URI.create(url));
    }

    private static ReceiverPolicy policy(List<String> allowed) {
        return new ReceiverPolicy(AllowedHosts.of(allowed), ReceiverPolicyTest::resolve);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host.toLowerCase(java.util.Locale.ROOT));
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = InetAddress.getByName(addresses.get(i)); // literals: no lookup
        }
        return resolved;
    }
}
