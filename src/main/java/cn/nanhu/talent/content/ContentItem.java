package cn.nanhu.talent.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** An announcement or an article. What the public sees follows its status and the clock: see {@link #statusAt}. */
@Entity
@Table(name = "content_item")
class ContentItem extends PanacheEntityBase {

    enum Kind { ANNOUNCEMENT, ARTICLE }

    /** What an admin last did; SCHEDULED is never stored: it is PUBLISHED with a publishAt still to come. */
    enum Status { DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED }

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String category;
    @Column(name = "column_code")
    public String columnCode;
    @Column(name = "employer_id")
    public String employerId;
    public String title;
    public String summary;
    public String content;
    @Column(name = "body_text")
    public String bodyText;
    @Column(name = "cover_file_id")
    public String coverFileId;
    public String tags;
    public boolean pinned;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "publish_at")
    public OffsetDateTime publishAt;
    /** Only ever changed by the view counter's UPDATE, never by flushing an edited item. */
    @Column(name = "view_count", updatable = false)
    public long viewCount;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    Status statusAt(OffsetDateTime now) {
        if (status == Status.PUBLISHED && publishAt.isAfter(now)) {
            return Status.SCHEDULED;
        }
        return status;
    }

    /** Anyone may see it: published, and its time has come. */
    boolean isPublicAt(OffsetDateTime now) {
        return statusAt(now) == Status.PUBLISHED;
    }

    List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }
}
