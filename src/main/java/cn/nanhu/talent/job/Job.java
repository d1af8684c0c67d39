package cn.nanhu.talent.job;

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

/** A job post. Only a PUBLISHED job of an APPROVED employer, not past its date, is ever shown to seekers. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "employer_id")
    public String employerId;
    public String title;
    @Column(name = "occupation_code")
    public String occupationCode;
    @Column(name = "district_code")
    public String districtCode;
    public String address;
    @Column(name = "salary_min")
    public int salaryMin;
    @Column(name = "salary_max")
    public int salaryMax;
    public int headcount;
    public String education;
    @Column(name = "experience_years")
    public int experienceYears;
    @Column(name = "job_type")
    public String jobType;
    public String tags;
    public String description;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Enumerated(EnumType.STRING)
    public JobStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "content_flags")
    public String contentFlags;
    @Column(name = "view_count")
    public long viewCount;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }

    public List<String> flagList() {
        return contentFlags == null || contentFlags.isBlank() ? List.of() : Arrays.asList(contentFlags.split(","));
    }

    /** True when seekers may see it, as far as the job itself goes (the employer is checked separately). */
    public boolean visibleAt(OffsetDateTime now) {
        return status == JobStatus.PUBLISHED && expiresAt.isAfter(now);
    }
}
