package cn.nanhu.talent.home;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.consult.ConsultationEntry;
import cn.nanhu.talent.content.ContentFeed;
import cn.nanhu.talent.content.ContentFeed.ContentCard;
import cn.nanhu.talent.employer.DedicatedHr;
import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.fair.FairDtos.FairView;
import cn.nanhu.talent.fair.FairService;
import cn.nanhu.talent.home.HomeDtos.Consultation;
import cn.nanhu.talent.home.HomeDtos.HomeView;
import cn.nanhu.talent.job.JobViews;
import cn.nanhu.talent.seeker.SeekerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fills the home page. The part that is the same for everyone is computed once per
 * {@link HomeConfig#cacheTtl()} on this copy; the caller's own part (suggested announcements, open
 * consultations, their dedicated HR) is read for each signed-in request, with a handful of small
 * indexed queries.
 */
@ApplicationScoped
public class Home {

    static final String CONSULTATION_TITLE = "求职咨询";
    static final String CONSULTATION_DESCRIPTION = "求职、招聘、政策有疑问？专属HR一对一解答，工作日内一个工作日回复。";

    private record Shared(List<ContentCard> banners, List<FairView> fairs, List<ContentCard> announcements,
            List<ContentCard> showcase, OffsetDateTime at) {
    }

    /** Who the caller is, as far as suggestions go. */
    private record Audience(String kind, Set<String> districts, Set<String> industries, String employerId) {
    }

    private final ContentFeed content;
    private final FairService fairs;
    private final ConsultationEntry consultations;
    private final EmployerAccess employers;
    private final JobViews views;
    private final DedicatedHr dedicatedHr;
    private final SeekerService seekers;
    private final HomeConfig config;
    private final Clock clock;
    private final Expiring<Shared> shared;

    public Home(ContentFeed content, FairService fairs, ConsultationEntry consultations, EmployerAccess employers, JobViews views,
            DedicatedHr dedicatedHr, SeekerService seekers, HomeConfig config, Clock clock) {
        this.content = content;
        this.fairs = fairs;
        this.consultations = consultations;
        this.employers = employers;
        this.views = views;
        this.dedicatedHr = dedicatedHr;
        this.seekers = seekers;
        this.config = config;
        this.clock = clock;
        this.shared = new Expiring<>(this::computeShared, config.cacheTtl(), clock);
    }

    /** The home page for an anonymous caller ({@code userId} empty) or a signed-in WeChat user. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HomeView view(Optional<String> userId) {
        Shared s = shared.get();
        if (userId.isEmpty()) {
            return new HomeView(s.banners(), s.fairs(), s.announcements(), List.of(), s.showcase(),
                    new Consultation(CONSULTATION_TITLE, CONSULTATION_DESCRIPTION, false, List.of(), null), s.at());
        }
        String user = userId.get();
        Audience audience = audienceOf(user);
        Set<String> shown = new LinkedHashSet<>();
        s.announcements().forEach(a -> shown.add(a.id()));
        List<ContentCard> suggested = content.suggested(audience.kind(), audience.districts(), audience.industries(), shown,
                config.sectionSize());
        HomeDtos.DedicatedHr hr = audience.employerId() == null ? null : hrOf(audience.employerId());
        return new HomeView(s.banners(), s.fairs(), s.announcements(), suggested, s.showcase(),
                new Consultation(CONSULTATION_TITLE, CONSULTATION_DESCRIPTION, true,
                        consultations.openTickets(user, config.sectionSize()), hr), s.at());
    }

    private Shared computeShared() {
        int n = config.sectionSize();
        return new Shared(content.banners(n), fairs.currentAndUpcoming(n), content.announcements(n), content.showcase(n),
                OffsetDateTime.now(clock));
    }

    /** A member of an approved employer is shown what employers need; everyone else what seekers need. */
    private Audience audienceOf(String userId) {
        Optional<String> employerId = employers.activeEmployerOf(userId);
        if (employerId.isPresent()) {
            var profile = views.employer(employerId.get());
            if (profile.isPresent()) {
                return new Audience("EMPLOYER", codes(profile.get().districtCode()), codes(profile.get().industryCode()), employerId.get());
            }
        }
        Set<String> districts = new LinkedHashSet<>();
        seekers.places(userId).forEach(districts::add);
        return new Audience("SEEKER", districts, Set.of(), null);
    }

    private HomeDtos.DedicatedHr hrOf(String employerId) {
        try {
            var v = dedicatedHr.of(employerId);
            return new HomeDtos.DedicatedHr(v.staffId(), v.displayName());
        } catch (ApiException.NotFound none) {
            return null;
        }
    }

    private static Set<String> codes(String code) {
        return code == null ? Set.of() : Set.of(code);
    }
}
