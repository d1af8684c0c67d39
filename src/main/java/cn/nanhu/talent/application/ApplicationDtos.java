package cn.nanhu.talent.application;

import cn.nanhu.talent.job.JobDtos.JobSummary;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileSnapshot;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of the applications API. */
public final class ApplicationDtos {

    private ApplicationDtos() {
    }

    /** {@code fairId}: the fair whose page the seeker applies from, counted in the fair's figures. */
    public record ApplyRequest(@NotBlank(message = "职位必填 / jobId is required") @Size(max = 26, message = "职位无效 / jobId is invalid") String jobId,
            @Size(max = 26, message = "招聘会无效 / fairId is invalid") String fairId) {
    }

    public record Created(String id, String status) {
    }

    public record WithdrawRequest(@Size(max = 200, message = "原因最多 200 字 / reason is at most 200 characters") String reason) {
    }

    /** An interview invitation: a time, a place or an online link (or both), and whom to contact. */
    public record InterviewRequest(
            @NotNull(message = "面试时间必填 / interview.at is required") OffsetDateTime at,
            @Size(max = 200, message = "面试地点最多 200 字 / interview.place is at most 200 characters") String place,
            @Size(max = 500, message = "面试链接最多 500 字 / interview.onlineLink is at most 500 characters")
            @Pattern(regexp = "https://\\S+", message = "面试链接须为 https 地址 / interview.onlineLink must be an https URL") String onlineLink,
            @NotBlank(message = "联系人必填 / interview.contact is required") @Size(max = 60, message = "联系人最多 60 字 / interview.contact is at most 60 characters") String contact,
            @Size(max = 500, message = "备注最多 500 字 / interview.note is at most 500 characters") String note) {
    }

    /** The employer moves an application: {@code to}, a reason (required to reject), an interview (required for INTERVIEW). */
    public record TransitionRequest(
            @NotBlank(message = "目标状态必填 / to is required")
            @Pattern(regexp = "VIEWED|INTERVIEW|OFFER|HIRED|REJECTED", message = "to 取值为 VIEWED、INTERVIEW、OFFER、HIRED、REJECTED / to must be VIEWED, INTERVIEW, OFFER, HIRED or REJECTED") String to,
            @Size(max = 500, message = "原因最多 500 字 / reason is at most 500 characters") String reason,
            @Valid InterviewRequest interview) {
    }

    public record RespondRequest(@NotNull(message = "请选择接受或拒绝 / accept is required") Boolean accept,
            @Size(max = 200, message = "备注最多 200 字 / note is at most 200 characters") String note) {
    }

    public record HistoryView(OffsetDateTime at, String actor, String fromStatus, String toStatus, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InterviewView(String id, OffsetDateTime at, String place, String onlineLink, String contact, String note,
            String response, String responseNote, OffsetDateTime respondedAt) {
    }

    /** An application in the seeker's list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeekerApplicationView(String id, JobSummary job, String status, String statusLabel, String statusReason,
            OffsetDateTime appliedAt, OffsetDateTime updatedAt) {
    }

    /** One of the seeker's own applications in full, with its history and interviews. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeekerApplicationDetail(String id, JobSummary job, String status, String statusLabel, String statusReason,
            OffsetDateTime appliedAt, List<HistoryView> history, List<InterviewView> interviews) {
    }

    /**
     * How an employer may reach the applicant. Masked (name 张*, phone 138****5678) until the
     * seeker accepts an interview; the full phone is then at the application's contact endpoint.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(String name, String phoneMasked, boolean revealed) {
    }

    /** An applicant in the employer's list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantSummary(String id, String jobId, String status, ContactView contact, String gender, Integer birthYear,
            String education, int experienceYears, String currentDistrictName, int completeness, OffsetDateTime appliedAt,
            OffsetDateTime viewedAt) {
    }

    /** One application as its employer sees it: the profile as sent, masked contact, history and interviews. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EmployerApplicationDetail(String id, String jobId, String jobTitle, String status, String statusReason,
            ContactView contact, ProfileSnapshot profile, OffsetDateTime appliedAt, OffsetDateTime viewedAt,
            List<HistoryView> history, List<InterviewView> interviews) {
    }

    /** The applicant's contact details in full, once they accepted an interview. */
    public record FullContact(String name, String phone) {
    }

    /** Who opened a seeker's résumé: the seeker sees the employer, staff see the member too. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResumeAccessView(String id, String employerId, String employerName, String viewerId, String seekerId,
            String applicationId, OffsetDateTime at, String reason) {
    }
}
