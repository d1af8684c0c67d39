package cn.nanhu.talent.service;

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

/**
 * A 求职登记 made by a staff member on a person's behalf (委托登记), with the consent they recorded.
 * The phone is sealed, with a keyed hash to find it by; lists are comma separated, as in the seeker's own.
 */
@Entity
@Table(name = "delegated_registration")
public class DelegatedRegistration extends PanacheEntityBase {

    /** AWAITING_CLAIM until the person accepts (CLAIMED) or declines it, or it goes unclaimed too long (EXPIRED). */
    public enum Status { AWAITING_CLAIM, CLAIMED, DECLINED, EXPIRED }

    /** How the person agreed to be registered. */
    public enum ConsentMethod { WRITTEN, PHONE_RECORDED, IN_PERSON }

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public Status status;
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
    public Integer experienceYears;
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
    @Column(name = "phone_hash")
    public String phoneHash;
    @Column(name = "phone_enc")
    public String phoneEnc;
    @Column(name = "phone_masked")
    public String phoneMasked;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method")
    public ConsentMethod consentMethod;
    @Column(name = "consent_evidence_file_id")
    public String consentEvidenceFileId;
    @Column(name = "consent_statement")
    public String consentStatement;
    @Column(name = "service_record_id")
    public String serviceRecordId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Nulls the registration's contents (what the person would register), keeping who they are. */
    void eraseProfileFields() {
        gender = null;
        birthYear = null;
        education = null;
        major = null;
        school = null;
        graduationYear = null;
        experienceYears = null;
        currentDistrictCode = null;
        desiredDistrictCodes = null;
        desiredOccupationCodes = null;
        desiredSalaryMin = null;
        skills = null;
        intro = null;
    }

    /** Nulls every personal field: the contents, the name, the phone and the consent statement (which may quote them). */
    void erasePersonalFields() {
        eraseProfileFields();
        name = null;
        phoneHash = null;
        phoneEnc = null;
        phoneMasked = null;
        consentStatement = null;
    }

    List<String> desiredDistricts() {
        return split(desiredDistrictCodes);
    }

    List<String> desiredOccupations() {
        return split(desiredOccupationCodes);
    }

    List<String> skillList() {
        return split(skills);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
