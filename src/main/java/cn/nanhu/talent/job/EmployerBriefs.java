package cn.nanhu.talent.job;

import cn.nanhu.talent.common.ExpiringMap;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.job.JobDtos.EmployerBrief;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name and badges search results show for an employer, kept for a short while so a page of
 * results does not read the employers again. Only what a result card shows lives here: whether an
 * employer may appear at all is checked against the database on every request (see JobSearch), so
 * a suspension takes effect at once; a renamed employer shows its new name within {@link #TTL_MILLIS}.
 */
@ApplicationScoped
public class EmployerBriefs {

    static final long TTL_MILLIS = 30_000;
    /** Bounds the memory: expired briefs are swept out once per lifetime; past this many at once, the cache starts over. */
    static final int MAX_ENTRIES = 50_000;

    private final ExpiringMap<String, EmployerBrief> cache;
    private final JobViews views;

    public EmployerBriefs(JobViews views, Clock clock) {
        this.views = views;
        this.cache = ExpiringMap.afterWrite("employer briefs", Duration.ofMillis(TTL_MILLIS), MAX_ENTRIES, clock);
    }

    /** The briefs of those of these employers that are approved; one query for the ones not cached. */
    public Map<String, EmployerBrief> of(Collection<String> employerIds) {
        Map<String, EmployerBrief> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : employerIds) {
            EmployerBrief kept = cache.get(id);
            if (kept != null) {
                out.put(id, kept);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, PublicEmployer> loaded = views.employers(missing);
            loaded.forEach((id, p) -> {
                EmployerBrief brief = JobViews.brief(p);
                cache.put(id, brief);
                out.put(id, brief);
            });
        }
        return out;
    }

    /** Drops what is kept about an employer whose record changed. */
    public void forget(String employerId) {
        cache.remove(employerId);
    }
}
