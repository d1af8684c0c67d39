import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the WeChat API (api.weixin.qq.com) for the matching benchmark. The prod
 * profile refuses the service's in-process mock (wechat.mode=mock), so the benchmark runs the
 * packaged jar in its normal live mode with WECHAT_API_HOST pointing here:
 *
 *   java bench/matching/FakeWeChat.java <port>
 *
 * Login code X signs in as openid X; a phone code of 11 digits returns that number; every text
 * passes the content check; subscribe messages are accepted. Listens on 127.0.0.1 only.
 */
public class FakeWeChat {

    private static final Pattern JS_CODE = Pattern.compile("(?:^|&)js_code=([^&]*)");
    private static final Pattern PHONE = Pattern.compile("\"code\"\\s*:\\s*\"(1[3-9][0-9]{9})\"");

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18091;
        // Without TCP_NODELAY the JDK server sends the headers and the body in two packets and waits out the
        // client's delayed acknowledgement in between: 40 ms a call, which WeChat does not add.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", FakeWeChat::handle);
        server.start();
        System.out.println("fake WeChat API on http://127.0.0.1:" + port);
    }

    private static void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        switch (path) {
            case "/cgi-bin/stable_token", "/cgi-bin/token" -> answer = "{\"access_token\":\"bench-access-token\",\"expires_in\":7200}";
            case "/sns/jscode2session" -> {
                Matcher m = JS_CODE.matcher(query);
                String code = m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : "";
                answer = code.matches("[A-Za-z0-9_-]{1,64}")
                        ? "{\"openid\":\"" + code + "\",\"session_key\":\"bench-session-key\"}"
                        : "{\"errcode\":40029,\"errmsg\":\"invalid code\"}";
            }
            case "/wxa/business/getuserphonenumber" -> {
                Matcher m = PHONE.matcher(body);
                answer = m.find()
                        ? "{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\"" + m.group(1) + "\",\"purePhoneNumber\":\""
                                + m.group(1) + "\",\"countryCode\":\"86\"}}"
                        : "{\"errcode\":40029,\"errmsg\":\"invalid code\"}";
            }
            case "/wxa/msg_sec_check" ->
                answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"suggest\":\"pass\",\"label\":100},\"detail\":[],\"trace_id\":\"bench\"}";
            default -> answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
