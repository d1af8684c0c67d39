package cn.nanhu.talent.content;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.content.ContentDtos.ItemDetail;
import cn.nanhu.talent.content.ContentDtos.ItemSummary;
import cn.nanhu.talent.content.ContentItem.Kind;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published articles (column=showcase: "南湖旁的星辰大海"), for everyone, signed in or not. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Content")
public class ArticleResource {

    private final ContentListing listing;
    private final ContentReader reader;

    public ArticleResource(ContentListing listing, ContentReader reader) {
        this.listing = listing;
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Published articles, pinned first then newest; column (showcase, news), q (title, summary, text), tag (a district tag includes those above it)")
    public Page<ItemSummary> list(@QueryParam("column") String column, @QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return listing.published(Kind.ARTICLE, column, q, tag, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published article with its sanitised HTML, attachments and the employer it features (name, badges, open jobs); each call counts one view")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemDetail.class)))
    @APIResponse(responseCode = "404", description = "no such published article")
    public ItemDetail get(@PathParam("id") String id) {
        return reader.open(Kind.ARTICLE, id);
    }
}
