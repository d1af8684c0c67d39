package cn.nanhu.talent.seeker;

import cn.nanhu.talent.seeker.SeekerDtos.PrivacyPolicyView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The privacy policy version in force, readable before signing in (a seeker reads it before
 * agreeing). A class of its own, so the document does not inherit the seeker role of
 * {@link SeekerResource}.
 */
@Path("/api/v1/seeker/privacy-policy")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Seeker profile")
public class PrivacyPolicyResource {

    private final SeekerService seekers;

    public PrivacyPolicyResource(SeekerService seekers) {
        this.seekers = seekers;
    }

    @GET
    @Operation(summary = "The privacy policy version a seeker must agree to (send it as consentVersion)")
    public PrivacyPolicyView privacyPolicy() {
        return new PrivacyPolicyView(seekers.privacyPolicyVersion());
    }
}
