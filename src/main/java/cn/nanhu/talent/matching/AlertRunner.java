package cn.nanhu.talent.matching;

import cn.nanhu.talent.common.ScheduledWork;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobSearch;
import cn.nanhu.talent.job.JobSearch.Candidate;
import cn.nanhu.talent.matching.MatchingDtos.Recommendation;
import cn.nanhu.talent.notify.NotificationService;
import cn.nanhu.talent.notify.NotifyTemplates;
import cn.nanhu.talent.notify.SubscribeMessage;
import cn.nanhu.talent.seeker.SeekerBlock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Delivers job alerts: once a day, from the alert's hour on (China time), the jobs published since
 * its last run that match it go to the seeker's inbox, and as a subscribe message when the seeker
 * granted the template (within the daily cap of messages). Each alert is claimed with a
 * conditional update, so several copies never deliver one twice.
 */
@ApplicationScoped
public class AlertRunner {

    private static final Logger LOG = Logger.getLogger(AlertRunner.class);
    static final int BATCH = 200;
    static final String PAGE = "pages/alerts/detail";

    private final JobSearch search;
    private final Recommendations recommendations;
    private final NotificationService notifications;
    private final EntityManager em;
    private final Clock clock;

    public AlertRunner(JobSearch search, Recommendations recommendations, NotificationService notifications, EntityManager em,
            Clock clock) {
        this.search = search;
        this.recommendations = recommendations;
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(identity = "job-alerts", every = "${matching.alerts.every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ScheduledWork.run("job-alerts", () -> {
            int n = runOnce();
            if (n > 0) {
                LOG.infof("Delivered %d job alerts", n);
            }
        });
    }

    /** Runs the alerts that are due; answers how many found new jobs and told their seeker. */
    public int runOnce() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ZonedDateTime local = now.atZoneSameInstant(Clocks.ZONE);
        OffsetDateTime midnight = local.toLocalDate().atStartOfDay(Clocks.ZONE).toOffsetDateTime();
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select a.id, a.version from JobAlert a where a.enabled = true and a.sendHour <= :h"
                        + " and (a.lastRunAt is null or a.lastRunAt < :midnight) order by a.id", Object[].class)
                .setParameter("h", local.getHour()).setParameter("midnight", midnight).setMaxResults(BATCH).getResultList());
        int told = 0;
        for (Object[] row : due) {
            String id = (String) row[0];
            long version = ((Number) row[1]).longValue();
            try {
                told += QuarkusTransaction.requiringNew().call(() -> deliver(id, version, now)) ? 1 : 0;
            } catch (RuntimeException e) {
                if (causedBy(e, jakarta.persistence.OptimisticLockException.class)
                        || causedBy(e, org.hibernate.StaleObjectStateException.class)) {
                    continue; // another copy claimed it first, or the seeker changed it meanwhile
                }
                LOG.warnf(e, "Job alert %s failed; it is tried again at the next run", id);
            }
        }
        return told;
    }

    private boolean deliver(String id, long version, OffsetDateTime now) {
        JobAlert a = JobAlert.findById(id);
        if (a == null || a.version != version) {
            return false; // another copy took it, or the seeker just changed it
        }
        OffsetDateTime since = a.lastRunAt != null ? a.lastRunAt : now.minus(Duration.ofDays(1));
        a.lastRunAt = now; // the version check at commit makes this the claim
        Map<String, String> fresh = a.likeProfile ? fromProfile(a, since) : fromCriteria(a, since);
        em.flush();
        if (fresh.isEmpty()) {
            return false;
        }
        List<String> titles = fresh.values().stream().limit(3).toList();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", cut(a.name, 20));
        data.put("number2", Integer.toString(fresh.size()));
        data.put("thing3", cut(titles.get(0), 20));
        notifications.notifyUser(a.userId, "JOB_ALERT", "职位订阅「" + a.name + "」有 " + fresh.size() + " 个新职位",
                String.join("、", titles) + (fresh.size() > titles.size() ? " 等" : ""), PAGE + "?id=" + a.id,
                new SubscribeMessage(NotifyTemplates.JOB_ALERT, PAGE + "?id=" + a.id, data));
        return true;
    }

    /**
     * Job id to title, newest first, of the jobs published since {@code since} (inclusive: a job
     * published in the very instant of the last run is told twice rather than never) that the criteria match.
     */
    private Map<String, String> fromCriteria(JobAlert a, OffsetDateTime since) {
        List<Candidate> candidates = search.candidates(new JobSearch.Wishes(a.occupations(), a.districts(), a.words()), 300);
        Set<String> applied = applied(a.userId);
        Set<String> blocked = blocked(a.userId);
        return candidates.stream().map(Candidate::job)
                .filter(j -> j.publishedAt != null && !j.publishedAt.isBefore(since))
                .filter(j -> !applied.contains(j.id) && !blocked.contains(j.employerId))
                .filter(j -> a.districts().isEmpty() || a.districts().stream().anyMatch(j.districtCode::startsWith))
                .filter(j -> a.occupations().isEmpty() || a.occupations().stream().anyMatch(c -> within(j.occupationCode, c)))
                .filter(j -> a.salaryMin == null || j.salaryMax >= a.salaryMin)
                .filter(j -> containsAll(j, a.words()))
                .sorted((x, y) -> y.publishedAt.compareTo(x.publishedAt))
                .collect(Collectors.toMap(j -> j.id, j -> j.title, (x, y) -> x, LinkedHashMap::new));
    }

    private Map<String, String> fromProfile(JobAlert a, OffsetDateTime since) {
        List<Recommendation> recommended;
        try {
            recommended = recommendations.forSeeker(a.userId, 50);
        } catch (ApiException e) {
            return Map.of(); // no registration, or consent to renew: nothing to match
        }
        return recommended.stream().filter(r -> r.job().publishedAt() != null && !r.job().publishedAt().isBefore(since))
                .collect(Collectors.toMap(r -> r.job().id(), r -> r.job().title(), (x, y) -> x, LinkedHashMap::new));
    }

    private Set<String> applied(String userId) {
        return new HashSet<>(em.createQuery("select a.jobId from Application a where a.seekerId = :u", String.class)
                .setParameter("u", userId).getResultList());
    }

    private static Set<String> blocked(String userId) {
        return SeekerBlock.<SeekerBlock>list("userId", userId).stream().map(b -> b.employerId).collect(Collectors.toSet());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** An occupation code lies under another when it starts with it at a level boundary. */
    static boolean within(String code, String ancestor) {
        return code.equals(ancestor) || code.startsWith(ancestor + "-");
    }

    private static boolean containsAll(Job j, List<String> words) {
        String text = (j.title + " " + j.description + " " + String.join(" ", j.tagList())).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** WeChat's field limits (thing: up to 20 characters). */
    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
