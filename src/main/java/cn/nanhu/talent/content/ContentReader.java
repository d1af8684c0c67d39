package cn.nanhu.talent.content;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.content.ContentDtos.Attachment;
import cn.nanhu.talent.content.ContentDtos.FeaturedEmployer;
import cn.nanhu.talent.content.ContentDtos.ItemDetail;
import cn.nanhu.talent.content.ContentItem.Kind;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.employer.EmployerService;
import cn.nanhu.talent.job.JobBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** A public item as a reader opens it: each opening counts one view. */
@ApplicationScoped
class ContentReader {

    /** How many of a featured employer's open jobs an article shows. */
    static final int FEATURED_JOBS = 10;

    private final ContentViews views;
    private final ContentFiles files;
    private final EmployerService employers;
    private final JobBoard jobs;
    private final EntityManager em;
    private final Clock clock;

    ContentReader(ContentViews views, ContentFiles files, EmployerService employers, JobBoard jobs, EntityManager em,
            Clock clock) {
        this.views = views;
        this.files = files;
        this.employers = employers;
        this.jobs = jobs;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The item, when it is public; anything else (a draft, taken down, not yet due, of the other
     * kind) is 404. The view is counted by one conditional UPDATE, so concurrent readers never
     * overwrite each other and a hidden item is never counted.
     */
    @Transactional
    public ItemDetail open(Kind kind, String id) {
        int counted = !Ids.looksLikeId(id) ? 0 : em.createNativeQuery("update content_item set view_count = view_count + 1"
                + " where id = ?1 and kind = ?2 and status = 'PUBLISHED' and publish_at <= ?3")
                .setParameter(1, id).setParameter(2, kind.name()).setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
        if (counted == 0) {
            throw new ApiException.NotFound(kind == Kind.ANNOUNCEMENT ? "没有这条公告 / no such announcement" : "没有这篇文章 / no such article");
        }
        ContentItem c = ContentItem.findById(id);
        em.refresh(c);
        List<Attachment> attachments = files.attachmentInfos(c.id).stream()
                .map(f -> new Attachment(f.id(), f.size(), f.contentType())).toList();
        return new ItemDetail(c.id, c.kind.name(), c.title, c.summary, c.category, AnnouncementCategory.labelOf(c.category),
                c.columnCode, ArticleColumn.labelOf(c.columnCode), c.content, c.coverFileId, attachments, c.pinned,
                ContentViews.cst(c.publishAt), c.tagList(), c.viewCount, featured(c.employerId));
    }

    /** The employer an article is about, while it is approved, with its open jobs. */
    private FeaturedEmployer featured(String employerId) {
        if (employerId == null) {
            return null;
        }
        PublicEmployer e = employers.publicProfiles(List.of(employerId)).get(employerId);
        return e == null ? null : new FeaturedEmployer(e.id(), e.name(), e.badges(), jobs.openJobsOf(employerId, FEATURED_JOBS));
    }
}
