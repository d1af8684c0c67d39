package cn.nanhu.talent.service;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.service.DelegatedDtos.Created;
import cn.nanhu.talent.service.DelegatedDtos.DelegatedRequest;
import cn.nanhu.talent.service.DelegatedDtos.StaffView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Registering a person without the mini-program on their behalf (委托登记), with their recorded consent. */
@Path("/api/v1/admin/delegated-registrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
@Tag(name = "Service records")
public class AdminDelegatedRegistrationResource {

    private final DelegatedRegistrations registrations;
    private final CurrentAccount caller;
    private final SecurityIdentity identity;

    public AdminDelegatedRegistrationResource(DelegatedRegistrations registrations, CurrentAccount caller, SecurityIdentity identity) {
        this.registrations = registrations;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "registered, awaiting the person's claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @Operation(summary = "Register a person on their behalf with their phone and consent (WRITTEN needs an evidence file the caller uploaded); a service record comes with it")
    public Created create(@Valid @NotNull(message = "请求体不能为空 / body is required") DelegatedRequest body) {
        return registrations.create(staff(), body);
    }

    @GET
    @Operation(summary = "Registrations made on someone's behalf, newest first: a dedicated HR their own, an admin all; the phone masked")
    public Page<StaffView> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return registrations.forStaff(staff(), status, PageRequest.of(cursor, size));
    }

    private Staff staff() {
        return new Staff(caller.staffId(), identity.hasRole(Roles.ADMIN));
    }
}
