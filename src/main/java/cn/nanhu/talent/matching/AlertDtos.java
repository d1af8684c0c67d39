package cn.nanhu.talent.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of job alerts. */
public final class AlertDtos {

    private AlertDtos() {
    }

    /**
     * A saved search: keywords (all must appear), districts and occupations (any of each; a code
     * includes what lies under it), a minimum salary; or {@code likeProfile} for jobs recommended
     * from the registration. New matches arrive once a day at {@code sendHour} (0–23, China time).
     */
    public record AlertRequest(
            @NotBlank(message = "订阅名称必填 / name is required") @Size(max = 40, message = "订阅名称最多 40 字 / name is at most 40 characters") String name,
            @Size(max = 100, message = "关键词最多 100 字 / keywords is at most 100 characters") String keywords,
            @Size(max = 5, message = "地区最多 5 个 / at most 5 districtCodes") List<@NotBlank(message = "地区不能为空 / a district cannot be blank") String> districtCodes,
            @Size(max = 5, message = "职业最多 5 个 / at most 5 occupationCodes") List<@NotBlank(message = "职业不能为空 / an occupation cannot be blank") String> occupationCodes,
            @Min(value = 0, message = "最低月薪不能为负 / salaryMin cannot be negative") @Max(value = 1_000_000, message = "最低月薪过高 / salaryMin is too high") Integer salaryMin,
            Boolean likeProfile,
            @NotNull(message = "推送时间必填 / sendHour is required") @Min(value = 0, message = "sendHour 取 0–23 / sendHour is 0-23")
            @Max(value = 23, message = "sendHour 取 0–23 / sendHour is 0-23") Integer sendHour,
            Boolean enabled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlertView(String id, String name, String keywords, List<String> districtCodes, List<String> occupationCodes,
            Integer salaryMin, boolean likeProfile, int sendHour, boolean enabled, OffsetDateTime lastRunAt,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }
}
