package cn.nanhu.talent.notify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of the inbox and subscription endpoints. */
public final class NotifyDtos {

    private NotifyDtos() {
    }

    /** One inbox item; {@code link} is the mini-program page to open, or null. */
    public record NotificationView(String id, String kind, String title, String body, String link,
            OffsetDateTime createdAt, boolean read) {
    }

    public record UnreadCount(long count) {
    }

    /** The templates the user accepted in {@code wx.requestSubscribeMessage}. */
    public record SubscribeRequest(
            @NotEmpty(message = "至少一个模板 / at least one template id")
            @Size(max = 20, message = "模板过多 / too many template ids")
            List<@NotBlank(message = "模板 id 不能为空 / template id must not be blank")
                 @Size(max = 64, message = "模板 id 过长 / template id is too long") String> templateIds) {
    }

    /** How many messages of a template the user still allows. */
    public record GrantView(String templateId, int remaining) {
    }

    public record GrantsView(List<GrantView> grants) {
    }
}
