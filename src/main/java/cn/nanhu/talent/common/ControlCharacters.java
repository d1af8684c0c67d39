package cn.nanhu.talent.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * NUL characters are refused wherever text comes in: PostgreSQL cannot store them in text columns
 * (the statement would fail with a 500), and no name, title or search needs one. A query or path
 * parameter holding one is a 400 naming it; a JSON string holding one is a 400 naming its field.
 */
public class ControlCharacters {

    static final char NUL = '\u0000';
    private static final String MESSAGE = "不能包含空字符 / must not contain a NUL character";

    @ServerRequestFilter(preMatching = true, priority = 2)
    public void refuseNulInTheAddress(ContainerRequestContext request) {
        if (request.getUriInfo().getPath(true).indexOf(NUL) >= 0) {
            throw InvalidInput.of("path", MESSAGE);
        }
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters(true).entrySet()) {
            boolean bad = param.getKey().indexOf(NUL) >= 0 || param.getValue().stream().anyMatch(v -> v != null && v.indexOf(NUL) >= 0);
            if (bad) {
                throw InvalidInput.of(param.getKey().replace(NUL, '?'), MESSAGE);
            }
        }
    }

    /** JSON strings with a NUL are a format error of their field. */
    @Singleton
    public static class JsonStrings implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings()));
        }
    }

    static final class NoNulStrings extends StdScalarDeserializer<String> {
        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw InvalidFormatException.from(p, MESSAGE, value.replace(NUL, '?'), String.class);
            }
            return value;
        }
    }
}
