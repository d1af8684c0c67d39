package cn.nanhu.talent.review;

import cn.nanhu.talent.review.ReviewDtos.ReasonTemplate;
import java.util.List;
import java.util.Optional;

/** The rejection reasons reviewers pick most often, so the wording is consistent and clear to applicants. */
public final class ReasonTemplates {

    static final List<ReasonTemplate> ALL = List.of(
            new ReasonTemplate("LICENSE_UNREADABLE", "EMPLOYER", "营业执照图片不清晰，请重新上传清晰完整的照片或扫描件。"),
            new ReasonTemplate("LICENSE_MISMATCH", "EMPLOYER", "营业执照信息与填写的单位名称或统一社会信用代码不一致。"),
            new ReasonTemplate("LICENSE_EXPIRED", "EMPLOYER", "营业执照已过期或单位已注销、吊销。"),
            new ReasonTemplate("CONTACT_INVALID", "EMPLOYER", "联系人或联系电话无法核实，请填写真实有效的联系方式。"),
            new ReasonTemplate("SIZE_UNPROVEN", "EMPLOYER", "无法核实规上企业身份，请联系专属HR提供证明材料。"),
            new ReasonTemplate("JOB_DISCRIMINATION", "JOB", "岗位描述含有性别、年龄、婚育或地域等歧视性要求。"),
            new ReasonTemplate("JOB_SALARY_UNCLEAR", "JOB", "薪资待遇描述不清或与岗位不符。"),
            new ReasonTemplate("JOB_NOT_GENUINE", "JOB", "岗位信息不真实或涉嫌收费、培训贷等违规招聘。"),
            new ReasonTemplate("FAIR_JOBS_UNFIT", "FAIR_REGISTRATION", "报名岗位与本场招聘会主题不符。"),
            new ReasonTemplate("OTHER", null, "其他原因，请查看审核说明。"));

    private ReasonTemplates() {
    }

    public static List<ReasonTemplate> forKind(ReviewKind kind) {
        return ALL.stream().filter(t -> kind == null || t.kind() == null || t.kind().equals(kind.name())).toList();
    }

    static Optional<ReasonTemplate> byCode(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
