package cn.nanhu.talent.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps webhooks from reaching inside our network (SSRF): a webhook URL must be https, name a host
 * that resolves only to public unicast addresses, and carry no credentials. Checked when an admin
 * saves the URL and again before every send, since a name can be pointed elsewhere later. Hosts on
 * {@code channels.webhook.allow-hosts} are exempt (tests use a fake partner on localhost).
 */
@ApplicationScoped
public class WebhookUrlGuard {

    /** Looks a host name up; replaceable so the rules can be tested without DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a URL is refused, in words an admin can act on. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * A host whose last label is a number is an IPv4 address to URL parsers (no top-level domain is
     * numeric); only a plain dotted quad of decimal numbers is accepted, so 2130706433, 0x7f.1 or
     * 0177.0.0.1 cannot slip a loopback address past a reader who expects four numbers.
     */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(^|\\.)(0[xX][0-9a-fA-F]*|[0-9]+)\\.?$");
    private static final Pattern DOTTED_QUAD = Pattern.compile("^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$");

    private final Set<String> allowHosts;
    private final Resolver resolver;

    @Inject
    public WebhookUrlGuard(ChannelsConfig config) {
        this(config.webhook().allowHosts().orElse(List.of()), InetAddress::getAllByName);
    }

    public WebhookUrlGuard(List<String> allowHosts, Resolver resolver) {
        this.allowHosts = Set.copyOf(allowHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
        this.resolver = resolver;
    }

    /** The URL parsed, when it may be called; otherwise why not. */
    public URI check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("不是有效的网址 / not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("只能使用 https 网址 / only https URLs are allowed");
        }
        if (host == null || host.isBlank()) {
            throw new Refused("网址缺少主机名 / the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("网址不能包含用户名或密码 / the URL must not carry credentials");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        bare = bare.toLowerCase(Locale.ROOT);
        if (allowHosts.contains(bare)) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw new Refused("只能使用 https 网址 / only https URLs are allowed");
        }
        if (!host.startsWith("[") && NUMERIC_LAST_LABEL.matcher(bare).find() && !DOTTED_QUAD.matcher(bare).matches()) {
            throw new Refused("不接受这种写法的 IP 地址 / an IP address must be written as four decimal numbers");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException | SecurityException e) {
            throw new Refused("无法解析主机名 / the host name does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("无法解析主机名 / the host name does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new Refused("不能指向内网、本机或保留地址 / the URL must not point at a private, loopback or reserved address");
            }
        }
        return uri;
    }

    /** True for a public unicast address; false for loopback, private, link-local, multicast, unspecified and other reserved ranges. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (first == 0) {
                // ::/8 holds the unspecified and loopback addresses and the IPv4-compatible and -mapped forms
                boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
                boolean compatible = isZero(b, 0, 12);
                if (mapped || compatible) {
                    return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
                }
                return false;
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return false; // 2002::/16 6to4 can wrap any IPv4 address
            }
            if (first == 0x00 || (first == 0x01 && b[1] == 0)) {
                return false;
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && c >= 64 && c <= 127) // carrier-grade NAT
                || (a == 169 && c == 254)
                || (a == 172 && c >= 16 && c <= 31)
                || (a == 192 && c == 168)
                || (a == 192 && c == 0 && (b[2] & 0xff) == 0)
                || (a == 198 && (c == 18 || c == 19)));
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
