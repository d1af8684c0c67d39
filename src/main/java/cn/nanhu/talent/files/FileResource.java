package cn.nanhu.talent.files;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Problem;
import cn.nanhu.talent.identity.CurrentAccount;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Uploading files (licences, résumés, logos, attachments) and reading them back. */
@Path("/api/v1/files")
@Authenticated
@Tag(name = "Files")
public class FileResource {

    private final FileService files;
    private final CurrentAccount caller;
    private final SecurityIdentity identity;

    public FileResource(FileService files, CurrentAccount caller, SecurityIdentity identity) {
        this.files = files;
        this.caller = caller;
        this.identity = identity;
    }

    /** {@code purpose} is taken as text so an unknown value is a 400 that names the field. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Upload a PDF, JPEG or PNG of at most 10 MB; the type is judged by the content, not the name")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileInfo.class)))
    @APIResponse(responseCode = "400", description = "No file, an empty file, or an unknown purpose", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than 10 MB", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FileInfo upload(@RestForm("file") FileUpload file,
            @RestForm("purpose") @Schema(enumeration = {"LICENSE", "RESUME", "LOGO", "ATTACHMENT"},
                    defaultValue = "ATTACHMENT") String purpose) {
        if (file == null) {
            throw InvalidInput.of("file", "请选择要上传的文件 / the file part is required");
        }
        FilePurpose parsed = FilePurpose.parse(purpose);
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return files.upload(caller.kind(), caller.id(), parsed, file.size(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload", e);
        }
    }

    @GET
    @Path("/{id}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "Download a file: its uploader, review staff and admins, and those another feature lets in")
    @APIResponse(responseCode = "200", description = "The file's bytes", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such file, or not one the caller may read", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("id") String id) {
        FileService.FileContent content = files.read(id, caller.kind(), caller.id(), identity.getRoles());
        StreamingOutput body = out -> {
            try (InputStream in = content.bytes()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, content.info().contentType())
                .header(HttpHeaders.CONTENT_LENGTH, content.info().size())
                // a download under a name we choose: never the client's name, never rendered in our origin
                .header("Content-Disposition", "attachment; filename=\"" + content.info().id() + "." + content.extension() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
