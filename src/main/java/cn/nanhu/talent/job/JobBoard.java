package cn.nanhu.talent.job;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.job.JobDtos.EmployerBrief;
import cn.nanhu.talent.job.JobDtos.JobDetail;
import cn.nanhu.talent.job.JobDtos.JobSummary;
import cn.nanhu.talent.wechat.WeChatGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Published jobs as seekers open them: the detail page, its views and its mini-program code. */
@ApplicationScoped
public class JobBoard {

    /** A code is a few KB; a few hundred of the most shared jobs is plenty to keep. */
    static final int QR_CACHE_SIZE = 256;
    static final String QR_PAGE = "pages/job/detail";
    static final int QR_WIDTH = 430;

    private final JobViews views;
    private final WeChatGateway wechat;
    private final Clock clock;
    private final ViewCounts viewCounts;
    private final Map<String, byte[]> codes = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > QR_CACHE_SIZE;
        }
    });

    public JobBoard(JobViews views, WeChatGateway wechat, Clock clock, ViewCounts viewCounts) {
        this.views = views;
        this.wechat = wechat;
        this.clock = clock;
        this.viewCounts = viewCounts;
    }

    /** Counts the view (stored within seconds, see {@link ViewCounts}) and shows it at once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JobDetail view(String id) {
        Visible v = open(id);
        Job j = v.job();
        viewCounts.count(j.id);
        PublicEmployer e = v.employer();
        return views.detail(j, new EmployerBrief(e.id(), e.name(), e.badges()), j.viewCount + viewCounts.pending(j.id));
    }

    /** The mini-program code that opens this job; WeChat is asked once per job and copy. */
    public byte[] qrCode(String id) {
        visible(id);
        byte[] png = codes.get(id);
        if (png == null) {
            png = wechat.unlimitedCode("j=" + id, QR_PAGE, QR_WIDTH);
            codes.put(id, png);
        }
        return png;
    }

    /**
     * Up to {@code limit} open jobs of an employer, newest first, for pages that feature it (e.g. a
     * showcase article); none while the employer is not approved. One query for the jobs.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JobSummary> openJobsOf(String employerId, int limit) {
        PublicEmployer e = views.employer(employerId).orElse(null);
        if (e == null) {
            return List.of();
        }
        EmployerBrief brief = JobViews.brief(e);
        return Job.<Job>find("employerId = ?1 and status = ?2 and expiresAt > ?3 order by publishedAt desc, id desc",
                employerId, JobStatus.PUBLISHED, OffsetDateTime.now(clock)).page(0, limit).list().stream()
                .map(j -> views.summary(j, brief)).toList();
    }

    /** A published job of an approved employer; anything else is 404, whatever the reason. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Job visible(String id) {
        return open(id).job();
    }

    private record Visible(Job job, PublicEmployer employer) {
    }

    /** The job if seekers may see it, with its approved employer; 404 otherwise, whatever the reason. */
    private Visible open(String id) {
        Job j = Ids.looksLikeId(id) ? Job.findById(id) : null;
        PublicEmployer e = j == null || !j.visibleAt(OffsetDateTime.now(clock)) ? null : views.employer(j.employerId).orElse(null);
        if (e == null) {
            throw new ApiException.NotFound("没有这个职位 / no such job");
        }
        return new Visible(j, e);
    }
}
