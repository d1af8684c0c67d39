package cn.nanhu.talent.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of the jobs API. */
public final class JobDtos {

    private JobDtos() {
    }

    /** A job as the employer writes it; the same body creates and edits. */
    public record JobRequest(
            @NotBlank(message = "职位名称必填 / title is required") @Size(max = 60, message = "职位名称最多 60 字 / title is at most 60 characters") String title,
            @NotBlank(message = "职业分类必填 / occupationCode is required") @Size(max = 16, message = "职业分类代码无效 / occupationCode is invalid") String occupationCode,
            @NotBlank(message = "工作地点必填 / districtCode is required") @Size(max = 12, message = "行政区划代码无效 / districtCode is invalid") String districtCode,
            @NotBlank(message = "工作地址必填 / address is required") @Size(max = 200, message = "地址最多 200 字 / address is at most 200 characters") String address,
            @NotNull(message = "最低月薪必填 / salaryMin is required") @Min(value = 1, message = "月薪必须为正数 / salaryMin must be positive")
            @Max(value = 1_000_000, message = "月薪过高 / salaryMin is too high") Integer salaryMin,
            @NotNull(message = "最高月薪必填 / salaryMax is required") @Min(value = 1, message = "月薪必须为正数 / salaryMax must be positive")
            @Max(value = 1_000_000, message = "月薪过高 / salaryMax is too high") Integer salaryMax,
            @NotNull(message = "招聘人数必填 / headcount is required") @Min(value = 1, message = "招聘人数至少 1 人 / headcount must be at least 1")
            @Max(value = 9999, message = "招聘人数过多 / headcount is at most 9999") Integer headcount,
            @NotBlank(message = "学历要求必填 / education is required") String education,
            @NotNull(message = "经验要求必填 / experienceYears is required") @Min(value = 0, message = "经验年限不能为负 / experienceYears cannot be negative")
            @Max(value = 30, message = "经验年限最多 30 年 / experienceYears is at most 30") Integer experienceYears,
            @NotBlank(message = "工作性质必填 / jobType is required")
            @Pattern(regexp = "FULL_TIME|PART_TIME|INTERNSHIP", message = "工作性质取值为 FULL_TIME、PART_TIME、INTERNSHIP / jobType must be FULL_TIME, PART_TIME or INTERNSHIP") String jobType,
            @Size(max = 8, message = "标签最多 8 个 / at most 8 tags") List<@NotBlank(message = "标签不能为空 / a tag cannot be blank")
            @Size(max = 12, message = "每个标签最多 12 字 / a tag is at most 12 characters")
            @Pattern(regexp = "[^,]*", message = "标签不能含逗号 / a tag cannot contain a comma") String> tags,
            @NotBlank(message = "职位描述必填 / description is required") @Size(max = 5000, message = "职位描述最多 5000 字 / description is at most 5000 characters") String description,
            @NotNull(message = "截止日期必填 / expiresAt is required") OffsetDateTime expiresAt) {
    }

    public record Created(String id, String status) {
    }

    /** The employer of a job as seekers see it. */
    public record EmployerBrief(String id, String name, List<String> badges) {
    }

    /** A job in search results and lists. */
    public record JobSummary(String id, String title, EmployerBrief employer, String occupationCode, String occupationName,
            String districtCode, String districtName, int salaryMin, int salaryMax, String salaryText, String education,
            int experienceYears, String jobType, List<String> tags, OffsetDateTime publishedAt) {
    }

    /** A published job in full; never the employer's contact phone. */
    public record JobDetail(String id, String title, EmployerBrief employer, String occupationCode, String occupationName,
            String districtCode, String districtName, String address, int salaryMin, int salaryMax, String salaryText,
            int headcount, String education, int experienceYears, String jobType, List<String> tags, String description,
            OffsetDateTime expiresAt, OffsetDateTime publishedAt, long viewCount) {
    }

    /** A job as its employer sees it, with its status and the reason of a rejection. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EmployerJobView(String id, String title, String occupationCode, String districtCode, String address,
            int salaryMin, int salaryMax, String salaryText, int headcount, String education, int experienceYears,
            String jobType, List<String> tags, String description, OffsetDateTime expiresAt, String status,
            String statusReason, List<String> contentFlags, long viewCount, OffsetDateTime publishedAt,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A saved job; {@code status} tells the seeker when it can no longer be applied to. */
    public record FavoriteView(JobSummary job, String status, boolean available, OffsetDateTime favoritedAt) {
    }
}
