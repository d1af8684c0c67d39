package cn.nanhu.talent.employer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A real-name employer. Only an APPROVED one can post jobs; SUSPENDED hides it and its jobs. */
@Entity
@Table(name = "employer")
public class Employer extends PanacheEntityBase {

    /** Where the employer stands with the platform. */
    public enum Status { PENDING, APPROVED, REJECTED, SUSPENDED }

    @Id
    public String id;
    public String name;
    @Column(name = "credit_code")
    public String creditCode;
    @Column(name = "legal_representative")
    public String legalRepresentative;
    @Column(name = "industry_code")
    public String industryCode;
    @Column(name = "district_code")
    public String districtCode;
    public String address;
    public String scale;
    @Column(name = "above_size_claimed")
    public boolean aboveSizeClaimed;
    @Column(name = "above_size_confirmed")
    public boolean aboveSizeConfirmed;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_phone_enc")
    public String contactPhoneEnc;
    @Column(name = "contact_phone_hash")
    public String contactPhoneHash;
    @Column(name = "contact_phone_masked")
    public String contactPhoneMasked;
    @Column(name = "license_file_id")
    public String licenseFileId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "dedicated_hr_id")
    public String dedicatedHrId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
    @Version
    public long version;
}
