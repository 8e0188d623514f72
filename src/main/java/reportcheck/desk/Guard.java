package reportcheck.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the desk. A page on another site can make the browser send requests to a local
 * server, and with DNS rebinding can even read the answers; so every request must name this
 * server in its Host header (a rebound name does not), a request that changes anything must come
 * from one of this server's own pages (its Origin), and a page of another site may not load the
 * desk's data. With {@code --host} the desk is reachable from other machines, and then every
 * request must also carry the access token printed at start (as a cookie after the first visit).
 */
final class Guard {
    static final String COOKIE = "rc_token";
    static final String HEADER = "X-Reportcheck-Token";

    private final Set<String> hosts;
    private final int port;
    private final String token;

    /**
     * @param hosts the host names this server answers to, lower case (IPv6 in brackets)
     * @param token the access token, or null when none is needed (loopback only)
     */
    Guard(Set<String> hosts, int port, String token) {
        this.hosts = Set.copyOf(hosts);
        this.port = port;
        this.token = token;
    }

    String token() {
        return token;
    }

    /** Why the request is refused (a message in Chinese for status 403), or null. */
    String refuse(String method, String host, String origin, String fetchSite, String fetchMode) {
        if (host == null || !isSelf(host)) {
            return "拒绝访问：请求的主机名「" + (host == null ? "" : host) + "」不是本审核台的地址";
        }
        boolean safe = "GET".equals(method) || "HEAD".equals(method);
        if (origin != null && !origin.equals("null") && !isSelf(stripScheme(origin))) {
            return "拒绝访问：请求来自其他网站（" + origin + "）";
        }
        if (!safe && (origin == null || origin.equals("null"))) {
            // browsers send Origin with every POST; a form posted from a file or a sandbox sends "null"
            return "拒绝访问：修改数据的请求必须来自审核台自己的页面";
        }
        if ("cross-site".equals(fetchSite) && !"navigate".equals(fetchMode)) {
            return "拒绝访问：其他网站的页面不能读取审核台的数据";
        }
        return null;
    }

    /** Whether a request with this cookie or header token may pass (always, without a token). */
    boolean admits(String cookie, String header) {
        return token == null || same(cookie) || same(header);
    }

    boolean same(String candidate) {
        return token != null && candidate != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isSelf(String hostAndPort) {
        String h = hostAndPort.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon < 0 || colon < h.lastIndexOf(']')) {
            return false; // the browser always names the port of a server not on port 80
        }
        String name = h.substring(0, colon);
        String p = h.substring(colon + 1);
        return p.equals(String.valueOf(port)) && hosts.contains(name);
    }

    private static String stripScheme(String origin) {
        if (!origin.startsWith("http://")) {
            return "";
        }
        String rest = origin.substring("http://".length());
        return rest.contains("/") ? "" : rest;
    }
}
