package org.tarjoman.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

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
        accepted(DEFAULT, "https://hooks.irna.example/tarjoman?token=abc");
        accepted(DEFAULT, "http://93.184.215.14:8080/hook");
        accepted(DEFAULT, "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook");
    }

    @Test
    void shouldRefuseTheCloudMetadataAddressAsLinkLocal() {
        refused(DEFAULT, "http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address");
        refused(DEFAULT, "http://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal resolves to 169.254.169.254, a link-local address");
        refused(DEFAULT, "http://[fe80::1]/", "[fe80::1] is a link-local address");
    }

    @Test
    void shouldRefuseAPrivateAddress() {
        refused(DEFAULT, "http://10.0.0.1/hook", "10.0.0.1 is a private address");
        refused(DEFAULT, "http://172.20.1.1/", "172.20.1.1 is a private address");
        refused(DEFAULT, "http://192.168.1.10/", "192.168.1.10 is a private address");
        refused(DEFAULT, "http://[fd00::5]/", "[fd00::5] is a private address");
    }

    @Test
    void shouldRefuseLoopbackInEverySpelling() {
        refused(DEFAULT, "http://127.0.0.1:5432/", "127.0.0.1 is a loopback address");
        refused(DEFAULT, "http://[::1]/", "[::1] is a loopback address");
        refused(DEFAULT, "http://localhost/", "localhost resolves to 127.0.0.1, a loopback address");
        refused(DEFAULT, "http://0x7f000001/", "0x7f000001 is 127.0.0.1, a loopback address, in a spelling clients read differently");
        refused(DEFAULT, "http://2130706433/", "2130706433 is 127.0.0.1, a loopback address, in a spelling clients read differently");
        refusedMentioning(DEFAULT, "http://0177.0.0.1/", "127.0.0.1, a loopback");
        refusedMentioning(DEFAULT, "http://[::ffff:127.0.0.1]/", "loopback");
        refusedMentioning(DEFAULT, "http://[64:ff9b::7f00:1]/", "loopback");
    }

    @Test
    void shouldRefuseTheUnspecifiedSharedMulticastAndReservedAddresses() {
        refused(DEFAULT, "http://0.0.0.0:8080/", "0.0.0.0 is an unspecified address");
        refused(DEFAULT, "http://[::]/", "[::] is an unspecified address");
        refused(DEFAULT, "http://100.100.100.200/", "100.100.100.200 is a shared (carrier-grade NAT) address");
        refused(DEFAULT, "http://224.0.0.1/", "224.0.0.1 is a multicast address");
        refused(DEFAULT, "http://255.255.255.255/", "255.255.255.255 is a reserved address");
        refused(DEFAULT, "http://[::7f00:1]/", "[::7f00:1] is a reserved address");
    }

    @Test
    void shouldRefuseANameWithAnyInsideAddress() {
        refused(DEFAULT, "https://rebound.example/hook", "rebound.example resolves to 10.0.0.7, a private address");
    }

    @Test
    void shouldRefuseANameThatCannotBeResolved() {
        refused(DEFAULT, "https://nowhere.irna.example/hook", "nowhere.irna.example cannot be resolved");
    }

    @Test
    void shouldRefuseAPublicAddressInAnAmbiguousSpelling() {
        refused(DEFAULT, "http://1572394766/", "1572394766 is 93.184.215.14, in a spelling clients read differently");
    }

    @Test
    void shouldAcceptTheOperatorsAllowedHostsAddressesAndRanges() {
        accepted(IN_HOUSE, "http://127.0.0.1:9090/hooks");
        accepted(IN_HOUSE, "http://HOOKS.internal./tarjoman");
        accepted(IN_HOUSE, "http://10.1.200.3/hook");
        accepted(IN_HOUSE, "http://hooks.internal/");
    }

    @Test
    void shouldStillRefuseWhatTheAllowListDoesNotName() {
        refused(IN_HOUSE, "http://10.2.0.5/hook", "10.2.0.5 is a private address");
        refused(IN_HOUSE, "http://staging.internal/", "staging.internal resolves to 10.2.0.5, a private address");
        refused(IN_HOUSE, "http://[::1]/", "[::1] is a loopback address");
        refused(IN_HOUSE, "http://169.254.169.254/", "169.254.169.254 is a link-local address");
        refusedMentioning(IN_HOUSE, "http://2130706433/", "spelling");
    }

    @Test
    void shouldRefuseAMalformedAllowListEntryAtStart() {
        assertThatThrownBy(() -> AllowedHosts.of(List.of("10.1.0.0/33")))
                .hasMessageContaining("tarjoman.webhooks.allowed-hosts").hasMessageContaining("10.1.0.0/33");
        assertThatThrownBy(() -> AllowedHosts.of(List.of("hooks.internal/16")))
                .hasMessageContaining("neither a host name, an address nor a CIDR range");
    }

    private static void accepted(ReceiverPolicy policy, String url) {
        assertThat(policy.refusal(URI.create(url))).as(url).isEmpty();
    }

    private static void refused(ReceiverPolicy policy, String url, String reason) {
        assertThat(policy.refusal(URI.create(url))).as(url).contains(reason);
    }

    private static void refusedMentioning(ReceiverPolicy policy, String url, String part) {
        assertThat(policy.refusal(URI.create(url))).as(url).hasValueSatisfying(r -> assertThat(r).contains(part));
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
