package cn.nanhu.talent.support;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that raises each kind of error, so the error mapping is tested through
 * real HTTP. Hidden from the OpenAPI document.
 */
@Path("/test-support/problems")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    /** A request body with constraints on a few fields. */
    public record Probe(
            @NotBlank(message = "标题不能为空 / title is required") @Size(max = 10, message = "标题最多 10 个字 / title is too long") String title,
            @NotNull(message = "必填 / required") @Min(value = 1, message = "至少 1 / at least 1") @Max(value = 5, message = "最多 5 / at most 5") Integer count,
            List<@NotBlank(message = "标签不能为空 / tags must not be blank") String> tags) {
    }

    private final Clock clock;

    public ProblemProbeResource(Clock clock) {
        this.clock = clock;
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Probe validate(@Valid @NotNull(message = "请求体不能为空 / body is required") Probe body) {
        return body;
    }

    @GET
    @Path("/query")
    @Operation(hidden = true)
    public String query(@QueryParam("limit") @Min(value = 1, message = "至少 1 / at least 1") Integer limit) {
        return "ok";
    }

    @GET
    @Path("/throw/{kind}")
    @Operation(hidden = true)
    public String raise(@PathParam("kind") String kind) {
        switch (kind) {
            case "not-found" -> throw new ApiException.NotFound("no such thing");
            case "conflict" -> throw new ApiException.Conflict("already there");
            case "invalid-state" -> throw new ApiException.InvalidState("cannot move");
            case "forbidden" -> throw new ApiException.Forbidden("not yours");
            case "unavailable" -> throw new ApiException.Unavailable("wechat is down", 30);
            case "invalid-input" -> throw InvalidInput.of("creditCode", "bad check digit");
            case "database-down" -> throw new jakarta.persistence.PersistenceException("could not prepare statement",
                    new java.sql.SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            case "commit-cut" -> {
                RuntimeException rollback = new RuntimeException("Could not commit transaction");
                rollback.addSuppressed(new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));
                throw new IllegalStateException("Error invoking subclass method", rollback);
            }
            case "pool-exhausted" -> throw new RuntimeException(new java.sql.SQLException("Acquisition timeout while waiting for new connection"));
            case "client-closed" -> throw new java.io.UncheckedIOException(new java.io.IOException(
                    new java.io.IOException(new io.vertx.core.http.HttpClosedException("Connection was closed"))));
            case "bug" -> throw new IllegalStateException("secret internals: jdbc:h2:mem password=hunter2");
            default -> {
                return "no error";
            }
        }
    }

    @GET
    @Path("/now")
    @Operation(hidden = true)
    public String now() {
        return clock.instant().atZone(Clocks.ZONE).toOffsetDateTime().toString();
    }
}
