package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelDtos.FeedPage;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The job feed partners read with their channel's API key. */
@Path("/api/v1/feeds/jobs")
@PermitAll
@Tag(name = "Channels")
public class FeedResource {

    private final ChannelFeed feed;

    public FeedResource(ChannelFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The jobs pushed to the key's channel in push order, and TOMBSTONE items for jobs withdrawn since;"
            + " page with the returned nextCursor (always set: the watermark to poll from)")
    @APIResponse(responseCode = "200", description = "a page of the feed", content = @Content(schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "401", description = "no key, or a key that is unknown, rotated or revoked")
    @APIResponse(responseCode = "403", description = "the channel is disabled or takes webhooks only")
    @APIResponse(responseCode = "429", description = "too many requests for this key this minute; Retry-After says when to come back")
    public FeedPage jobs(
            @Parameter(description = "the channel's feed key, shown once when the channel was created or its key rotated", required = true)
            @HeaderParam("X-Api-Key") String apiKey, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return feed.read(apiKey, cursor, size);
    }
}
