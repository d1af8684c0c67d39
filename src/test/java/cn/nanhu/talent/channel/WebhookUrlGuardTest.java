package cn.nanhu.talent.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF guard on webhook URLs, with a made-up DNS so no test needs the network. */
class WebhookUrlGuardTest {

    /** partner.example is public; the others resolve inside our network, or to a mix. */
    private static final Map<String, String[]> DNS = Map.of(
            "partner.example", new String[] {"93.184.216.34"},
            "v6.partner.example", new String[] {"2606:2800:220:1:248:1893:25c8:1946"},
            "internal.example", new String[] {"10.1.2.3"},
            "metadata.example", new String[] {"169.254.169.254"},
            "mixed.example", new String[] {"93.184.216.34", "192.168.1.10"},
            "ula.example", new String[] {"fd00::1"});

    private final WebhookUrlGuard guard = new WebhookUrlGuard(List.of("localhost"), WebhookUrlGuardTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] ips = DNS.get(host);
        if (ips == null) {
            // IP literals are parsed, never looked up
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] out = new InetAddress[ips.length];
        for (int i = 0; i < ips.length; i++) {
            out[i] = InetAddress.getByName(ips[i]);
        }
        return out;
    }

    @Test
    void a_public_https_host_is_accepted() throws Exception {
        assertThat(guard.check("https://partner.example/hooks/jobs?x=1").getHost()).isEqualTo("partner.example");
        assertThat(guard.check("https://v6.partner.example:8443/h").getPort()).isEqualTo(8443);
        assertThat(guard.check("https://93.184.216.34/h").getHost()).isEqualTo("93.184.216.34");
    }

    @Test
    void an_allow_listed_host_may_use_http_and_a_loopback_address() throws Exception {
        assertThat(guard.check("http://localhost:8089/hook").getPort()).isEqualTo(8089);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://127.0.0.1/hook",
        "https://127.1.2.3/hook",
        "https://10.0.0.5/hook",
        "https://172.16.0.1/hook",
        "https://172.31.255.255/hook",
        "https://192.168.1.1/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://100.64.0.1/hook",
        "https://0.0.0.0/hook",
        "https://224.0.0.1/hook",
        "https://255.255.255.255/hook",
        "https://[::1]/hook",
        "https://[::]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[::ffff:10.0.0.1]/hook",
        "https://[::ffff:169.254.169.254]/hook",
        "https://[fe80::1]/hook",
        "https://[fd00::1]/hook",
        "https://[ff02::1]/hook",
        "https://2130706433/hook",
        "https://0x7f000001/hook",
        "https://0177.0.0.1/hook",
        "https://127.1/hook",
        "https://017700000001/hook",
        "https://internal.example/hook",
        "https://metadata.example/hook",
        "https://mixed.example/hook",
        "https://ula.example/hook",
    })
    void addresses_inside_our_network_or_reserved_are_refused(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(WebhookUrlGuard.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://partner.example/hook",
        "http://2130706433/",
        "http://127.0.0.1/hook",
        "file:///etc/passwd",
        "ftp://partner.example/x",
        "gopher://partner.example:70/_x",
        "jar:file:/x.jar!/",
        "javascript:alert(1)",
        "//partner.example/hook",
        "https:///nohost",
        "https://user:pass@partner.example/hook",
        "not a url",
        "",
        "https://unknown.invalid/hook",
    })
    void other_schemes_plain_http_credentials_and_unresolvable_hosts_are_refused(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(WebhookUrlGuard.Refused.class);
    }

    @Test
    void a_host_that_turns_private_after_it_was_saved_is_refused_at_send_time() throws Exception {
        String[] answer = {"93.184.216.34"};
        WebhookUrlGuard rebinding = new WebhookUrlGuard(List.of(), host -> new InetAddress[] {InetAddress.getByName(answer[0])});
        rebinding.check("https://rebind.example/hook");
        answer[0] = "127.0.0.1";
        assertThatThrownBy(() -> rebinding.check("https://rebind.example/hook")).isInstanceOf(WebhookUrlGuard.Refused.class);
    }

    @Test
    void the_allow_list_is_by_host_name_so_an_address_of_the_same_machine_is_still_refused() {
        assertThatThrownBy(() -> guard.check("http://127.0.0.1:8089/hook")).isInstanceOf(WebhookUrlGuard.Refused.class);
        assertThatThrownBy(() -> guard.check("https://127.0.0.1:8089/hook")).isInstanceOf(WebhookUrlGuard.Refused.class);
    }
}
