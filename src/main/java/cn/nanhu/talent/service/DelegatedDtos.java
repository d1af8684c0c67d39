package cn.nanhu.talent.service;

import cn.nanhu.talent.seeker.SeekerDtos.ProfileRequest;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileView;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of registrations made on a seeker's behalf (委托登记). */
public final class DelegatedDtos {

    private DelegatedDtos() {
    }

    /**
     * A 求职登记 a staff member makes for a person, with the person's mobile number and how they
     * agreed. The fields and their limits are those of {@code PUT /api/v1/seeker/profile}.
     */
    public record DelegatedRequest(
            @NotBlank(message = "姓名必填 / name is required") @Size(max = 40, message = "姓名最多 40 字 / name is at most 40 characters") String name,
            @Pattern(regexp = "MALE|FEMALE", message = "性别取值为 MALE 或 FEMALE / gender must be MALE or FEMALE") String gender,
            @Min(value = 1940, message = "出生年份无效 / birthYear is invalid") @Max(value = 2100, message = "出生年份无效 / birthYear is invalid") Integer birthYear,
            @NotBlank(message = "学历必填 / education is required") String education,
            @Size(max = 60, message = "专业最多 60 字 / major is at most 60 characters") String major,
            @Size(max = 100, message = "学校最多 100 字 / school is at most 100 characters") String school,
            @Min(value = 1950, message = "毕业年份无效 / graduationYear is invalid") @Max(value = 2100, message = "毕业年份无效 / graduationYear is invalid") Integer graduationYear,
            @NotNull(message = "工作年限必填 / experienceYears is required") @Min(value = 0, message = "工作年限不能为负 / experienceYears cannot be negative")
            @Max(value = 50, message = "工作年限最多 50 年 / experienceYears is at most 50") Integer experienceYears,
            @Size(max = 12, message = "行政区划代码无效 / currentDistrictCode is invalid") String currentDistrictCode,
            @Size(max = 5, message = "期望地点最多 5 个 / at most 5 desiredDistrictCodes") List<@NotBlank(message = "期望地点不能为空 / a desired district cannot be blank") String> desiredDistrictCodes,
            @Size(max = 5, message = "期望职业最多 5 个 / at most 5 desiredOccupationCodes") List<@NotBlank(message = "期望职业不能为空 / a desired occupation cannot be blank") String> desiredOccupationCodes,
            @Min(value = 0, message = "期望月薪不能为负 / desiredSalaryMin cannot be negative") @Max(value = 1_000_000, message = "期望月薪过高 / desiredSalaryMin is too high") Integer desiredSalaryMin,
            @Size(max = 20, message = "技能最多 20 项 / at most 20 skills") List<@NotBlank(message = "技能不能为空 / a skill cannot be blank")
            @Size(max = 20, message = "每项技能最多 20 字 / a skill is at most 20 characters")
            @Pattern(regexp = "[^,]*", message = "技能不能含逗号 / a skill cannot contain a comma") String> skills,
            @Size(max = 2000, message = "自我介绍最多 2000 字 / intro is at most 2000 characters") String intro,
            @NotBlank(message = "手机号必填 / phone is required")
            @Pattern(regexp = "1[3-9][0-9]{9}", message = "须为 11 位大陆手机号 / phone must be an 11-digit mainland mobile number") String phone,
            @Valid @NotNull(message = "须记录本人同意 / consent is required") ConsentRequest consent) {

        /** The same fields as the seeker's own registration, for the seeker feature to check and, on acceptance, store. */
        ProfileRequest profile(String resumeFileId, String visibility, String consentVersion) {
            return new ProfileRequest(name, gender, birthYear, education, major, school, graduationYear, experienceYears,
                    currentDistrictCode, desiredDistrictCodes, desiredOccupationCodes, desiredSalaryMin, skills, intro,
                    resumeFileId, visibility, consentVersion, null, null);
        }
    }

    /** How the person agreed to be registered; a written consent comes with its scan, uploaded by the staff member. */
    public record ConsentRequest(
            @NotBlank(message = "同意方式必填 / consent.method is required")
            @Pattern(regexp = "WRITTEN|PHONE_RECORDED|IN_PERSON", message = "同意方式取值为 WRITTEN、PHONE_RECORDED、IN_PERSON / method must be WRITTEN, PHONE_RECORDED or IN_PERSON") String method,
            @Size(max = 26, message = "凭证文件无效 / evidenceFileId is invalid") String evidenceFileId,
            @NotBlank(message = "同意说明必填 / consent.statement is required")
            @Size(max = 500, message = "同意说明最多 500 字 / statement is at most 500 characters") String statement) {
    }

    public record Created(String id, String status) {
    }

    /** A registration as staff see it: the person by name and masked phone only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffView(String id, String status, String name, String maskedPhone, String consentMethod,
            String consentEvidenceFileId, String registeredBy, String registeredByName, OffsetDateTime registeredAt,
            OffsetDateTime resolvedAt, String serviceRecordId) {
    }

    /** A registration as the person it was made for sees it: who made it, when, and what it says. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeekerView(String id, String status, String registeredByName, OffsetDateTime registeredAt,
            String consentMethod, String maskedPhone, String name, String gender, Integer birthYear, String education,
            String major, String school, Integer graduationYear, Integer experienceYears, String currentDistrictCode,
            List<String> desiredDistrictCodes, List<String> desiredOccupationCodes, Integer desiredSalaryMin,
            List<String> skills, String intro, OffsetDateTime resolvedAt) {
    }

    /** Accepting takes the seeker's own consent to the privacy policy in force, as their own registration does. */
    public record AcceptRequest(@Size(max = 32, message = "隐私政策版本无效 / consentVersion is invalid") String consentVersion) {
    }

    /** The accepted registration and the seeker's 求职登记 it became. */
    public record Claimed(String id, String status, ProfileView profile) {
    }

    public record Declined(String id, String status) {
    }
}
