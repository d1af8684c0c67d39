package cn.nanhu.talent.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Responses for data that rarely changes (dictionaries): a strong ETag over the JSON body, a
 * public Cache-Control, and 304 Not Modified when the client already holds the same body.
 */
@ApplicationScoped
public class ConditionalResponses {

    private final ObjectMapper mapper;

    public ConditionalResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> RestResponse<T> cacheable(Request request, T body, Duration maxAge) {
        EntityTag tag = new EntityTag(etag(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) maxAge.toSeconds());
        if (request.evaluatePreconditions(tag) != null) {
            return RestResponse.ResponseBuilder.<T>create(Response.Status.NOT_MODIFIED).tag(tag).cacheControl(cache).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).cacheControl(cache).build();
    }

    private String etag(Object body) {
        try {
            return HexFormat.of().formatHex(Hashing.sha256(mapper.writeValueAsBytes(body)), 0, 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot compute the ETag of a response", e);
        }
    }
}
