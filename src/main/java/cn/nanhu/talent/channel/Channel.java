package cn.nanhu.talent.channel;

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

/** A partner the platform pushes jobs to: who it is, which jobs it wants and how it takes them. */
@Entity
@Table(name = "channel")
public class Channel extends PanacheEntityBase {

    /** What sort of partner: a region's job board, a college, or a region workers come from. */
    public enum Kind { REGION, COLLEGE, LABOR_SOURCE }

    /** How the partner takes its jobs. */
    public enum Mode {
        FEED, WEBHOOK, BOTH;

        boolean feed() {
            return this != WEBHOOK;
        }

        boolean webhook() {
            return this != FEED;
        }
    }

    @Id
    public String id;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "college_code")
    public String collegeCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode")
    public Mode mode;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Column(name = "filter_districts")
    public String filterDistricts;
    @Column(name = "filter_occupations")
    public String filterOccupations;
    @Column(name = "filter_education")
    public String filterEducation;
    @Column(name = "filter_job_types")
    public String filterJobTypes;
    @Column(name = "rate_limit")
    public Integer rateLimit;
    public boolean enabled;
    @Column(name = "api_key_hash")
    public String apiKeyHash;
    @Column(name = "api_key_hint")
    public String apiKeyHint;
    @Column(name = "webhook_secret")
    public String webhookSecret;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    ChannelFilter filter() {
        return new ChannelFilter(split(filterDistricts), split(filterOccupations), filterEducation, split(filterJobTypes));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
