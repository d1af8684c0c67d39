package cn.nanhu.talent.employer;

import cn.nanhu.talent.employer.EmployerDtos.DedicatedHrView;
import cn.nanhu.talent.employer.EmployerDtos.InvitationView;
import cn.nanhu.talent.employer.EmployerDtos.JoinRequest;
import cn.nanhu.talent.employer.EmployerDtos.Joined;
import cn.nanhu.talent.employer.EmployerDtos.MemberView;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The employer side: its team and its dedicated HR. */
@Path("/api/v1/employer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employers")
public class EmployerTeamResource {

    private final EmployerTeam team;
    private final EmployerAccess access;
    private final DedicatedHr dedicatedHr;
    private final CurrentAccount caller;

    public EmployerTeamResource(EmployerTeam team, EmployerAccess access, DedicatedHr dedicatedHr, CurrentAccount caller) {
        this.team = team;
        this.access = access;
        this.dedicatedHr = dedicatedHr;
        this.caller = caller;
    }

    @GET
    @Path("/dedicated-hr")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(summary = "The employer's dedicated HR (专属HR)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DedicatedHrView.class)))
    @APIResponse(responseCode = "404", description = "no dedicated HR assigned yet")
    public DedicatedHrView dedicatedHr() {
        return dedicatedHr.of(access.active(caller.userId()).employerId());
    }

    @POST
    @Path("/invitations")
    @RolesAllowed(Roles.EMPLOYER)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvitationView.class)))
    @Operation(summary = "Create a single-use invitation code, valid 7 days, for another WeChat user to join as HR (owner only)")
    public InvitationView invite() {
        return team.invite(caller.userId());
    }

    @GET
    @Path("/members")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(summary = "The employer's members, phones masked")
    public List<MemberView> members() {
        return team.members(caller.userId());
    }

    @DELETE
    @Path("/members/{userId}")
    @RolesAllowed(Roles.EMPLOYER)
    @ResponseStatus(204)
    @Operation(summary = "Remove an HR member (owner only)")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such member")
    @APIResponse(responseCode = "409", description = "the owner cannot remove themselves")
    public void remove(@PathParam("userId") String userId) {
        team.remove(caller.userId(), userId);
    }

    @POST
    @Path("/join")
    @RolesAllowed(Roles.SEEKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join an employer as HR with an invitation code; the EMPLOYER role comes with the next token")
    @APIResponse(responseCode = "200", description = "joined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Joined.class)))
    @APIResponse(responseCode = "409", description = "the caller already belongs to an employer")
    public Joined join(@Valid @NotNull(message = "请求体不能为空 / body is required") JoinRequest body) {
        return team.join(caller.userId(), body.code());
    }
}
