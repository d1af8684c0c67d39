package cn.nanhu.talent.home;

import cn.nanhu.talent.home.HomeDtos.HomeView;
import cn.nanhu.talent.identity.CurrentAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mini-program's home page in one call. */
@Path("/api/v1/home")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Home")
public class HomeResource {

    private final Home home;
    private final CurrentAccount caller;
    private final HomeConfig config;

    public HomeResource(Home home, CurrentAccount caller, HomeConfig config) {
        this.home = home;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Operation(summary = "Banners, current and upcoming fairs, the latest announcements (pinned first), the showcase column and the"
            + " consultation entry; signed in, also announcements suggested for the caller and their open consultations")
    @APIResponse(responseCode = "200", description = "the home page", content = @Content(schema = @Schema(implementation = HomeView.class)))
    @APIResponse(responseCode = "401", description = "a bearer token was sent and is invalid or expired (without one the page is public)")
    public Response get() {
        Optional<String> user = caller.optionalUserId();
        CacheControl cache = new CacheControl();
        if (user.isEmpty()) {
            // the same for everyone: shared caches may keep it as long as this copy does
            cache.setMaxAge((int) config.cacheTtl().toSeconds());
        } else {
            cache.setPrivate(true);
            cache.setNoStore(true);
        }
        return Response.ok(home.view(user)).cacheControl(cache).header("Vary", "Authorization").build();
    }
}
