package cn.nanhu.talent.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the identity endpoints. */
public final class IdentityDtos {

    private IdentityDtos() {
    }

    /** The code from {@code wx.login()}. */
    public record WechatLoginRequest(
            @NotBlank(message = "code 不能为空 / code is required")
            @Size(max = 128, message = "code 过长 / code is too long") String code) {
    }

    public record RefreshRequest(
            @NotBlank(message = "refreshToken 不能为空 / refreshToken is required")
            @Size(max = 128, message = "refreshToken 过长 / refreshToken is too long") String refreshToken) {
    }

    public record StaffLoginRequest(
            @NotBlank(message = "用户名不能为空 / username is required") @Size(max = 32, message = "用户名过长 / username is too long") String username,
            @NotBlank(message = "密码不能为空 / password is required") @Size(max = 72, message = "密码过长 / password is too long") String password) {
    }

    /** A new token pair. {@code expiresIn} is the access token's lifetime in seconds. */
    public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn, AccountSummary user) {
    }

    /** Who a token pair belongs to. */
    public record AccountSummary(String id, String kind, List<String> roles) {
    }

    /** The caller, as {@code GET /api/v1/me} shows them. The phone is always masked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeView(String id, String kind, List<String> roles, String phone, boolean phoneBound,
            String username, String displayName, boolean hasSeekerProfile, EmployerMembership employer) {
    }

    /** The employer a user belongs to, and their place in it. */
    public record EmployerMembership(String employerId, String name, String status, String memberRole) {
    }

    /** The code from the mini-program's getPhoneNumber button. */
    public record PhoneRequest(
            @NotBlank(message = "phoneCode 不能为空 / phoneCode is required")
            @Size(max = 128, message = "phoneCode 过长 / phoneCode is too long") String phoneCode) {
    }

    public record PhoneView(String phone) {
    }

    public record StaffCreateRequest(
            @NotBlank(message = "用户名不能为空 / username is required")
            @Pattern(regexp = "[a-z][a-z0-9_.-]{2,31}", message = "用户名为 3-32 位小写字母、数字或 _ . - ，以字母开头 / 3-32 lower-case letters, digits, _ . -, starting with a letter")
            String username,
            @NotBlank(message = "密码不能为空 / password is required")
            @Size(min = 10, max = 72, message = "密码长度应为 10-72 / password must be 10 to 72 characters") String password,
            @NotEmpty(message = "至少一个角色 / at least one role")
            Set<@Pattern(regexp = "REVIEWER|SERVICE|ADMIN", message = "角色只能是 REVIEWER、SERVICE 或 ADMIN / role must be REVIEWER, SERVICE or ADMIN") String> roles,
            @NotBlank(message = "姓名不能为空 / displayName is required")
            @Size(max = 64, message = "姓名过长 / displayName is too long") String displayName) {
    }

    /** A change to a staff account; absent fields stay as they are. */
    public record StaffUpdateRequest(
            @Size(min = 1, message = "至少一个角色 / at least one role")
            Set<@Pattern(regexp = "REVIEWER|SERVICE|ADMIN", message = "角色只能是 REVIEWER、SERVICE 或 ADMIN / role must be REVIEWER, SERVICE or ADMIN") String> roles,
            Boolean enabled,
            @Size(min = 1, max = 64, message = "姓名长度应为 1-64 / displayName must be 1 to 64 characters") String displayName) {
    }

    public record PasswordRequest(
            @NotBlank(message = "密码不能为空 / password is required")
            @Size(min = 10, max = 72, message = "密码长度应为 10-72 / password must be 10 to 72 characters") String password) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffView(String id, String username, String displayName, List<String> roles, boolean enabled,
            OffsetDateTime lockedUntil, OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {
    }

    public record CreatedId(String id) {
    }
}
