package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelDtos.FeedItem;
import cn.nanhu.talent.channel.ChannelDtos.FeedJob;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobViews;
import cn.nanhu.talent.job.SalaryText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns ledger rows into what partners receive, in the feed and in webhooks alike. */
@ApplicationScoped
class ChannelItems {

    private final JobViews views;
    private final ChannelsConfig config;

    ChannelItems(JobViews views, ChannelsConfig config) {
        this.views = views;
        this.config = config;
    }

    /** The items of these rows, looking jobs and employers up once for all of them. */
    List<FeedItem> items(Channel c, List<ChannelDelivery> rows) {
        Map<String, Job> jobs = new HashMap<>();
        List<String> ids = rows.stream().map(d -> d.jobId).distinct().toList();
        if (!ids.isEmpty()) {
            Job.<Job>list("id in ?1", ids).forEach(j -> jobs.put(j.id, j));
        }
        Map<String, PublicEmployer> employers = views.employers(employerIds(jobs.values()));
        return rows.stream().map(d -> item(c, d, jobs.get(d.jobId), employers)).toList();
    }

    FeedItem item(Channel c, ChannelDelivery d) {
        return items(c, List.of(d)).get(0);
    }

    private FeedItem item(Channel c, ChannelDelivery d, Job j, Map<String, PublicEmployer> employers) {
        boolean tombstone = d.kind == ChannelDelivery.Kind.TOMBSTONE;
        FeedJob job = null;
        if (!tombstone && j != null) {
            PublicEmployer e = employers.get(j.employerId);
            job = new FeedJob(j.title, e == null ? null : e.name(), j.occupationCode, views.occupationName(j.occupationCode),
                    j.districtCode, views.districtName(j.districtCode), j.address, j.salaryMin, j.salaryMax,
                    SalaryText.range(j.salaryMin, j.salaryMax), j.headcount, j.education, j.experienceYears, j.jobType,
                    j.tagList(), j.description, j.expiresAt, j.publishedAt);
        }
        return new FeedItem(d.feedSeq, d.id, tombstone ? "TOMBSTONE" : "JOB", d.jobId, d.pushedAt,
                tombstone ? null : link(c, d.jobId), job);
    }

    String link(Channel c, String jobId) {
        return config.jobLink().replace("{job}", jobId).replace("{channel}", c.code);
    }

    private static Collection<String> employerIds(Collection<Job> jobs) {
        return jobs.stream().map(j -> j.employerId).distinct().toList();
    }
}
