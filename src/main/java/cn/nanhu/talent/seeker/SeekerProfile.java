package cn.nanhu.talent.seeker;

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

/** What a seeker registered (求职登记). The ID number is sealed; lists are comma separated. */
@Entity
@Table(name = "seeker_profile")
public class SeekerProfile extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;
    public String name;
    public String gender;
    @Column(name = "birth_year")
    public Integer birthYear;
    public String education;
    public String major;
    public String school;
    @Column(name = "graduation_year")
    public Integer graduationYear;
    @Column(name = "experience_years")
    public int experienceYears;
    @Column(name = "current_district_code")
    public String currentDistrictCode;
    @Column(name = "desired_district_codes")
    public String desiredDistrictCodes;
    @Column(name = "desired_occupation_codes")
    public String desiredOccupationCodes;
    @Column(name = "desired_salary_min")
    public Integer desiredSalaryMin;
    public String skills;
    public String intro;
    @Column(name = "resume_file_id")
    public String resumeFileId;
    @Enumerated(EnumType.STRING)
    public Visibility visibility;
    @Column(name = "id_number_sealed")
    public String idNumberSealed;
    @Column(name = "id_number_masked")
    public String idNumberMasked;
    @Column(name = "consent_version")
    public String consentVersion;
    @Column(name = "consented_at")
    public OffsetDateTime consentedAt;
    public int completeness;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Who may find the seeker: anyone hiring, only employers applied to, or no one. */
    public enum Visibility { PUBLIC, APPLIED_ONLY, HIDDEN }

    public List<String> desiredDistricts() {
        return split(desiredDistrictCodes);
    }

    public List<String> desiredOccupations() {
        return split(desiredOccupationCodes);
    }

    public List<String> skillList() {
        return split(skills);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
