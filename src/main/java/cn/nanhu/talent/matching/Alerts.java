package cn.nanhu.talent.matching;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.identity.AccountDeleted;
import cn.nanhu.talent.matching.AlertDtos.AlertRequest;
import cn.nanhu.talent.matching.AlertDtos.AlertView;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A seeker's job alerts: create, list, change, delete. Another seeker's alert is 404. */
@ApplicationScoped
public class Alerts {

    /** Alerts one seeker may keep: a few saved searches, not a crawler. */
    static final int MAX_PER_SEEKER = 5;

    private final ReferenceData reference;
    private final Clock clock;

    public Alerts(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    @Transactional
    public AlertView create(String userId, AlertRequest r) {
        validate(r);
        if (JobAlert.count("userId", userId) >= MAX_PER_SEEKER) {
            throw new ApiException.Conflict("最多保存 " + MAX_PER_SEEKER + " 个职位订阅 / at most " + MAX_PER_SEEKER + " alerts");
        }
        JobAlert a = new JobAlert();
        a.id = Ids.newId(clock);
        a.userId = userId;
        a.createdAt = OffsetDateTime.now(clock);
        apply(a, r);
        a.persist();
        return view(a);
    }

    @Transactional
    public AlertView update(String userId, String id, AlertRequest r) {
        JobAlert a = own(userId, id);
        validate(r);
        apply(a, r);
        return view(a);
    }

    @Transactional
    public void delete(String userId, String id) {
        own(userId, id).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertView get(String userId, String id) {
        return view(own(userId, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertView> list(String userId) {
        return JobAlert.<JobAlert>list("userId = ?1 order by id", userId).stream().map(Alerts::view).toList();
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        JobAlert.delete("userId", event.userId());
    }

    private void apply(JobAlert a, AlertRequest r) {
        a.name = r.name().strip();
        a.keywords = r.keywords() == null || r.keywords().isBlank() ? null : r.keywords().strip().replaceAll("\\s+", " ");
        a.districtCodes = join(r.districtCodes());
        a.occupationCodes = join(r.occupationCodes());
        a.salaryMin = r.salaryMin();
        a.likeProfile = Boolean.TRUE.equals(r.likeProfile());
        a.sendHour = r.sendHour();
        a.enabled = r.enabled() == null || r.enabled();
        a.updatedAt = OffsetDateTime.now(clock);
    }

    private void validate(AlertRequest r) {
        List<Violation> bad = new ArrayList<>();
        for (String code : r.districtCodes() == null ? List.<String>of() : r.districtCodes()) {
            if (reference.division(code.strip()).isEmpty()) {
                bad.add(new Violation("districtCodes", "没有这个行政区划代码：" + code + " / no such division code"));
            }
        }
        for (String code : r.occupationCodes() == null ? List.<String>of() : r.occupationCodes()) {
            if (reference.occupation(code.strip()).isEmpty()) {
                bad.add(new Violation("occupationCodes", "没有这个职业分类代码：" + code + " / no such occupation code"));
            }
        }
        boolean anyCriterion = (r.keywords() != null && !r.keywords().isBlank()) || (r.districtCodes() != null && !r.districtCodes().isEmpty())
                || (r.occupationCodes() != null && !r.occupationCodes().isEmpty()) || r.salaryMin() != null;
        if (!anyCriterion && !Boolean.TRUE.equals(r.likeProfile())) {
            bad.add(new Violation("likeProfile", "请至少设置一个条件，或选择按求职登记推荐 / give at least one criterion, or likeProfile=true"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
    }

    private static JobAlert own(String userId, String id) {
        JobAlert a = Ids.looksLikeId(id) ? JobAlert.findById(id) : null;
        if (a == null || !a.userId.equals(userId)) {
            throw new ApiException.NotFound("没有这个职位订阅 / no such alert");
        }
        return a;
    }

    private static String join(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", new LinkedHashSet<>(codes.stream().map(String::strip).toList()));
    }

    static AlertView view(JobAlert a) {
        return new AlertView(a.id, a.name, a.keywords, a.districts(), a.occupations(), a.salaryMin, a.likeProfile, a.sendHour,
                a.enabled, a.lastRunAt, a.createdAt, a.updatedAt);
    }
}
