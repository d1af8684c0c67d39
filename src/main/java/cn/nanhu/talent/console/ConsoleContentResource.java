package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.content.AnnouncementCategory;
import cn.nanhu.talent.content.ArticleColumn;
import cn.nanhu.talent.content.ContentAdmin;
import cn.nanhu.talent.content.ContentDtos.AdminView;
import cn.nanhu.talent.content.ContentDtos.AnnouncementRequest;
import cn.nanhu.talent.content.ContentDtos.ArticleRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * Policy announcements and showcase articles in the console: list, a plain textarea editor of rich
 * text (the content feature sanitises it), publish and take down.
 */
@Path("/admin/content")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles("ADMIN")
public class ConsoleContentResource {

    private final ContentAdmin content;
    private final ConsoleContext context;
    private final Validator validator;

    public ConsoleContentResource(ContentAdmin content, ConsoleContext context, Validator validator) {
        this.content = content;
        this.context = context;
        this.validator = validator;
    }

    @GET
    public Response list(@QueryParam("type") String type, @QueryParam("flash") String flash) {
        boolean announcements = !"article".equals(type);
        return listPage(200, announcements, Flash.text(flash));
    }

    @GET
    @Path("/new")
    public Response create(@QueryParam("type") String type) {
        boolean announcement = !"article".equals(type);
        Views.ContentForm form = new Views.ContentForm(announcement, null, null, "", "", "", "", false, "");
        return Pages.html(200, Views.contentEdit(context.chrome("content"), form, groups(announcement, null), null));
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("type") String type) {
        boolean announcement = !"article".equals(type);
        AdminView v = content.get(announcement, id);
        String group = announcement ? v.category() : v.column();
        Views.ContentForm form = new Views.ContentForm(announcement, v.id(), v.version(), v.title(), group,
                v.summary() == null ? "" : v.summary(), String.join(",", v.tags()), v.pinned(), v.content());
        return Pages.html(200, Views.contentEdit(context.chrome("content"), form, groups(announcement, group), null));
    }

    @POST
    public Response save(@QueryParam("type") String type, @FormParam("title") String title, @FormParam("group") String group,
            @FormParam("summary") String summary, @FormParam("tags") String tags, @FormParam("pinned") boolean pinned,
            @FormParam("content") String html) {
        return write(!"article".equals(type), null, null, title, group, summary, tags, pinned, html);
    }

    @POST
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @QueryParam("type") String type, @FormParam("version") Long version,
            @FormParam("title") String title, @FormParam("group") String group, @FormParam("summary") String summary,
            @FormParam("tags") String tags, @FormParam("pinned") boolean pinned, @FormParam("content") String html) {
        return write(!"article".equals(type), id, version, title, group, summary, tags, pinned, html);
    }

    @POST
    @Path("/{id}/publish")
    public Response publish(@PathParam("id") String id, @QueryParam("type") String type) {
        boolean announcement = !"article".equals(type);
        try {
            content.publish(announcement, context.staffer().staffId(), id);
        } catch (ApiException | InvalidInput e) {
            return listPage(Pages.status(e), announcement, "未能发布：" + Pages.describe(e));
        }
        return back(announcement, "content-published");
    }

    @POST
    @Path("/{id}/unpublish")
    public Response unpublish(@PathParam("id") String id, @QueryParam("type") String type) {
        boolean announcement = !"article".equals(type);
        try {
            content.unpublish(announcement, context.staffer().staffId(), id);
        } catch (ApiException | InvalidInput e) {
            return listPage(Pages.status(e), announcement, "未能撤下：" + Pages.describe(e));
        }
        return back(announcement, "content-unpublished");
    }

    private Response write(boolean announcement, String id, Long version, String title, String group, String summary,
            String tagText, boolean pinned, String html) {
        List<String> tags = tagText == null || tagText.isBlank() ? List.of()
                : Arrays.stream(tagText.split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        String s = summary == null || summary.isBlank() ? null : summary.strip();
        Object request = announcement
                ? new AnnouncementRequest(title, group, html, tags, pinned, s, null, List.of(), version)
                : new ArticleRequest(group, title, html, null, tags, pinned, s, null, List.of(), version);
        var violations = validator.validate(request);
        String error = violations.isEmpty() ? null : Pages.violations(violations);
        if (error == null) {
            try {
                String staffId = context.staffer().staffId();
                if (id == null && announcement) {
                    content.createAnnouncement(staffId, (AnnouncementRequest) request);
                } else if (id == null) {
                    content.createArticle(staffId, (ArticleRequest) request);
                } else if (announcement) {
                    content.updateAnnouncement(staffId, id, (AnnouncementRequest) request);
                } else {
                    content.updateArticle(staffId, id, (ArticleRequest) request);
                }
                return back(announcement, "content-saved");
            } catch (ApiException | InvalidInput e) {
                error = Pages.describe(e);
            }
        }
        Views.ContentForm form = new Views.ContentForm(announcement, id, version, nz(title), nz(group), nz(summary), nz(tagText),
                pinned, nz(html));
        return Pages.html(400, Views.contentEdit(context.chrome("content"), form, groups(announcement, group), error));
    }

    private Response listPage(int status, boolean announcements, String flash) {
        List<AdminView> items = content.list(announcements, null, new PageRequest(null, PageRequest.MAX_SIZE)).items();
        return Pages.html(status, Views.content(context.chrome("content"), announcements, items, flash));
    }

    private static Response back(boolean announcement, String flashCode) {
        return Response.seeOther(URI.create("/admin/content?type=" + (announcement ? "announcement" : "article")
                + "&flash=" + flashCode)).build();
    }

    private static List<Views.Option> groups(boolean announcement, String selected) {
        return announcement
                ? Arrays.stream(AnnouncementCategory.values()).map(c -> new Views.Option(c.name(), c.label(), c.name().equals(selected))).toList()
                : Arrays.stream(ArticleColumn.values()).map(c -> new Views.Option(c.code(), c.label(), c.code().equals(selected))).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
