package cn.nanhu.talent.seeker;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of the seeker API. */
public final class SeekerDtos {

    private SeekerDtos() {
    }

    /**
     * The registration (求职登记) as the seeker writes it; it replaces the previous one. The ID
     * number is the exception, because it is never shown back: absent keeps the stored one, an empty
     * string erases it, and a value needs {@code idNumberConsent}.
     */
    public record ProfileRequest(
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
            @Size(max = 26, message = "简历文件无效 / resumeFileId is invalid") String resumeFileId,
            @Pattern(regexp = "PUBLIC|APPLIED_ONLY|HIDDEN", message = "可见范围取值为 PUBLIC、APPLIED_ONLY、HIDDEN / visibility must be PUBLIC, APPLIED_ONLY or HIDDEN") String visibility,
            @Size(max = 32, message = "隐私政策版本无效 / consentVersion is invalid") String consentVersion,
            @Size(max = 18, message = "身份证号码为 18 位 / idNumber has 18 characters") String idNumber,
            Boolean idNumberConsent) {
    }

    /** The seeker's own registration; the ID number only masked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileView(String name, String gender, Integer birthYear, String education, String major, String school,
            Integer graduationYear, int experienceYears, String currentDistrictCode, String currentDistrictName,
            List<String> desiredDistrictCodes, List<String> desiredOccupationCodes, Integer desiredSalaryMin,
            List<String> skills, String intro, String resumeFileId, String visibility, String idNumberMasked,
            int completeness, String consentVersion, OffsetDateTime consentedAt, boolean consentCurrent,
            String privacyPolicyVersion, OffsetDateTime updatedAt) {
    }

    /**
     * The profile as an employer receives it with an application, frozen at that moment. No ID
     * number and no phone: contact details are the application's, masked until an interview is accepted.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileSnapshot(String name, String gender, Integer birthYear, String education, String major,
            String school, Integer graduationYear, int experienceYears, String currentDistrictCode,
            String currentDistrictName, List<String> desiredOccupationCodes, Integer desiredSalaryMin, List<String> skills,
            String intro, String resumeFileId, int completeness) {

        /** The same snapshot under another name, e.g. masked until the seeker accepts an interview. */
        public ProfileSnapshot withName(String shownName) {
            return new ProfileSnapshot(shownName, gender, birthYear, education, major, school, graduationYear, experienceYears,
                    currentDistrictCode, currentDistrictName, desiredOccupationCodes, desiredSalaryMin, skills, intro,
                    resumeFileId, completeness);
        }
    }

    /** An employer the seeker blocked. */
    public record BlockView(String employerId, String employerName, OffsetDateTime blockedAt) {
    }

    /** The privacy policy a seeker must agree to. */
    public record PrivacyPolicyView(String version) {
    }
}
