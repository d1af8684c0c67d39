package cn.nanhu.talent.wechat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/**
 * The HTTP client for the WeChat API. Unlike the library's default, it verifies certificates and
 * host names against the JVM's trust store, and it gives up within seconds. It never retries by
 * itself: the gateway's fault-tolerance policy decides.
 */
final class VerifyingHttpClientBuilder implements ApacheHttpClientBuilder {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    VerifyingHttpClientBuilder(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public CloseableHttpClient build() {
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setConnectionRequestTimeout((int) connectTimeout.toMillis())
                .setSocketTimeout((int) readTimeout.toMillis())
                .build();
        return HttpClients.custom()
                .setSSLSocketFactory(SSLConnectionSocketFactory.getSocketFactory())
                .setDefaultRequestConfig(timeouts)
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(64)
                .evictIdleConnections(30, TimeUnit.SECONDS)
                .disableAutomaticRetries()
                .setUserAgent("nanhu-talent")
                .build();
    }

    // The service reaches WeChat directly; proxy and socket-factory overrides from the library are ignored.
    @Override
    public ApacheHttpClientBuilder httpProxyHost(String host) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPort(int port) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyUsername(String username) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPassword(String password) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder supportedProtocols(String[] protocols) {
        return this;
    }
}
