package cn.nanhu.talent.employer;

import cn.nanhu.talent.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Which employer the caller acts for. Every employer-side endpoint goes through here, so a member
 * can only ever reach their own employer's data, and only while it is verified.
 */
@ApplicationScoped
public class EmployerAccess {

    /** The caller's membership. */
    public record Membership(String employerId, String userId, boolean owner) {
    }

    /** The membership of a user in an approved (not suspended) employer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership active(String userId) {
        EmployerMember m = EmployerMember.ofUser(userId)
                .orElseThrow(() -> new ApiException.Forbidden("你不属于任何用人单位 / you do not belong to an employer"));
        Employer e = Employer.findById(m.employerId);
        if (e.status != Employer.Status.APPROVED) {
            throw new ApiException.Forbidden("单位未通过认证或已被暂停 / the employer is not verified or is suspended");
        }
        return new Membership(m.employerId, userId, m.role == EmployerMember.Role.OWNER);
    }

    /** Like {@link #active} but only for the owner, who manages members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership owner(String userId) {
        Membership m = active(userId);
        if (!m.owner()) {
            throw new ApiException.Forbidden("只有单位创建者可以管理成员 / only the owner manages members");
        }
        return m;
    }

    /** The approved employer the user is a member of, if any; never throws, for checks that only ask. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> activeEmployerOf(String userId) {
        return EmployerMember.ofUser(userId).map(m -> m.employerId).filter(this::isActive);
    }

    /** True when the employer exists and is approved: its jobs may be shown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isActive(String employerId) {
        Employer e = Employer.findById(employerId);
        return e != null && e.status == Employer.Status.APPROVED;
    }
}
