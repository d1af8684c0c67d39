package cn.nanhu.talent.matching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A seeker's saved search (职位订阅): criteria or "like my registration", delivered once a day at {@code sendHour}. */
@Entity
@Table(name = "job_alert")
public class JobAlert extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "user_id")
    public String userId;
    public String name;
    public String keywords;
    @Column(name = "district_codes")
    public String districtCodes;
    @Column(name = "occupation_codes")
    public String occupationCodes;
    @Column(name = "salary_min")
    public Integer salaryMin;
    @Column(name = "like_profile")
    public boolean likeProfile;
    @Column(name = "send_hour")
    public int sendHour;
    public boolean enabled;
    @Column(name = "last_run_at")
    public OffsetDateTime lastRunAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    List<String> districts() {
        return split(districtCodes);
    }

    List<String> occupations() {
        return split(occupationCodes);
    }

    List<String> words() {
        return keywords == null || keywords.isBlank() ? List.of() : Arrays.asList(keywords.strip().split("\\s+"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
