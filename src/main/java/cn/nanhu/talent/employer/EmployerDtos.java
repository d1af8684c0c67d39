package cn.nanhu.talent.employer;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of the employer endpoints. */
public final class EmployerDtos {

    private EmployerDtos() {
    }

    /** A registration or a corrected resubmission. Status, badges and the dedicated HR are never taken from a client. */
    public record EmployerRequest(
            @NotBlank(message = "单位名称必填 / name is required") @Size(max = 100, message = "单位名称最多 100 字 / name is at most 100 characters") String name,
            @NotBlank(message = "统一社会信用代码必填 / creditCode is required") @Size(max = 20, message = "统一社会信用代码为 18 位 / creditCode has 18 characters") String creditCode,
            @NotBlank(message = "法定代表人必填 / legalRepresentative is required") @Size(max = 50, message = "法定代表人最多 50 字 / legalRepresentative is too long") String legalRepresentative,
            @NotBlank(message = "行业必填 / industryCode is required") @Size(max = 4, message = "行业代码无效 / industryCode is invalid") String industryCode,
            @NotBlank(message = "所在地必填 / districtCode is required") @Size(max = 12, message = "行政区划代码无效 / districtCode is invalid") String districtCode,
            @NotBlank(message = "地址必填 / address is required") @Size(max = 200, message = "地址最多 200 字 / address is at most 200 characters") String address,
            @NotBlank(message = "规模必填 / scale is required")
            @Pattern(regexp = "1-49|50-99|100-499|500-999|1000-9999|10000\\+", message = "规模取值为 1-49、50-99、100-499、500-999、1000-9999、10000+ / scale must be one of 1-49, 50-99, 100-499, 500-999, 1000-9999, 10000+")
            String scale,
            @NotNull(message = "是否规上企业必填 / aboveDesignatedSize is required") Boolean aboveDesignatedSize,
            @NotBlank(message = "联系人必填 / contactName is required") @Size(max = 50, message = "联系人最多 50 字 / contactName is too long") String contactName,
            @NotBlank(message = "联系电话必填 / contactPhone is required")
            @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "请填写手机号或带区号的座机 / a mobile number or a landline with area code") String contactPhone,
            @NotBlank(message = "请上传营业执照 / licenseFileId is required") @Size(max = 26, message = "文件 id 无效 / licenseFileId is invalid") String licenseFileId) {
    }

    public record Created(String id, String status) {
    }

    /** The employer as its own members see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EmployerView(String id, String name, String creditCode, String legalRepresentative, String industryCode,
            String districtCode, String address, String scale, boolean aboveDesignatedSizeClaimed, String contactName,
            String contactPhone, String licenseFileId, String status, String statusReason, List<String> badges,
            String memberRole, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime approvedAt) {
    }

    /** The public profile of an approved employer: no contact details, no people's names. */
    public record PublicEmployer(String id, String name, String industryCode, String industryName, String districtCode,
            String districtName, String address, String scale, List<String> badges) {
    }

    /** The employer as staff see it in the back office. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffEmployerView(EmployerView employer, String dedicatedHrId, String dedicatedHrName, boolean creditCodeValid) {
    }

    /** Why an employer is suspended; shown to its members. */
    public record StatusChange(
            @NotBlank(message = "请填写暂停理由 / reason is required")
            @Size(max = 500, message = "理由最多 500 字 / reason is at most 500 characters") String reason) {
    }

    public record DedicatedHrRequest(@NotBlank(message = "staffId 必填 / staffId is required") String staffId) {
    }

    public record DedicatedHrView(String staffId, String displayName) {
    }

    public record InvitationView(String code, OffsetDateTime expiresAt) {
    }

    public record JoinRequest(@NotBlank(message = "邀请码必填 / code is required") @Size(max = 32, message = "邀请码无效 / code is invalid") String code) {
    }

    /** The employer a user just joined. */
    public record Joined(String employerId, String name, String role) {
    }

    public record MemberView(String userId, String role, OffsetDateTime joinedAt, String phone) {
    }
}
