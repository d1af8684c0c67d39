package cn.nanhu.talent.home;

import cn.nanhu.talent.consult.ConsultationEntry.TicketCard;
import cn.nanhu.talent.content.ContentFeed.ContentCard;
import cn.nanhu.talent.fair.FairDtos.FairView;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/** The home page in one body. */
public final class HomeDtos {

    private HomeDtos() {
    }

    /**
     * The four sections of the home page, plus banners on top and, for a signed-in caller,
     * announcements suggested for them. {@code suggested} and the caller's part of
     * {@code consultation} are empty for anonymous callers.
     */
    public record HomeView(List<ContentCard> banners, List<FairView> fairs, List<ContentCard> announcements,
            List<ContentCard> suggested, List<ContentCard> showcase, Consultation consultation, OffsetDateTime generatedAt) {
    }

    /** The consultation entry (求职咨询): what it offers, and the caller's open tickets and dedicated HR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consultation(String title, String description, boolean signedIn, List<TicketCard> openTickets,
            DedicatedHr dedicatedHr) {
    }

    /** An employer's dedicated HR, by name. */
    public record DedicatedHr(String staffId, String displayName) {
    }
}
