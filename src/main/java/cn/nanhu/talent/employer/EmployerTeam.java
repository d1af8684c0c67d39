package cn.nanhu.talent.employer;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Hashing;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.employer.EmployerDtos.InvitationView;
import cn.nanhu.talent.employer.EmployerDtos.MemberView;
import cn.nanhu.talent.identity.AccountDeleted;
import cn.nanhu.talent.identity.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** An employer's team: the owner invites HR members with single-use codes and removes them. */
@ApplicationScoped
public class EmployerTeam {

    static final Duration INVITATION_TTL = Duration.ofDays(7);
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final EmployerAccess access;
    private final UserDirectory users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public EmployerTeam(EmployerAccess access, UserDirectory users, Clock clock) {
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public InvitationView invite(String ownerUserId) {
        EmployerAccess.Membership m = access.owner(ownerUserId);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        EmployerInvitation inv = new EmployerInvitation();
        inv.id = Ids.newId(clock);
        inv.employerId = m.employerId();
        inv.codeHash = hash(code.toString());
        inv.createdBy = ownerUserId;
        inv.createdAt = OffsetDateTime.now(clock);
        inv.expiresAt = inv.createdAt.plus(INVITATION_TTL);
        inv.persist();
        return new InvitationView(code.toString(), inv.expiresAt);
    }

    /** Joins the employer of an invitation as HR. The code works once, for seven days. */
    @Transactional
    public EmployerDtos.Joined join(String userId, String code) {
        if (EmployerMember.ofUser(userId).isPresent()) {
            throw new ApiException.Conflict("你已属于一个用人单位 / you already belong to an employer");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        EmployerInvitation inv = EmployerInvitation.<EmployerInvitation>find("codeHash", hash(code.strip().toUpperCase())).firstResult();
        if (inv == null || inv.usedAt != null || !inv.expiresAt.isAfter(now) || !access.isActive(inv.employerId)) {
            throw InvalidInput.of("code", "邀请码无效、已使用或已过期 / the invitation code is invalid, used or expired");
        }
        int claimed = EmployerInvitation.update("usedBy = ?1, usedAt = ?2 where id = ?3 and usedAt is null", userId, now, inv.id);
        if (claimed != 1) {
            throw InvalidInput.of("code", "邀请码无效、已使用或已过期 / the invitation code is invalid, used or expired");
        }
        EmployerMember member = new EmployerMember();
        member.employerId = inv.employerId;
        member.userId = userId;
        member.role = EmployerMember.Role.HR;
        member.joinedAt = now;
        member.persist();
        Employer e = Employer.findById(inv.employerId);
        return new EmployerDtos.Joined(e.id, e.name, member.role.name());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberView> members(String userId) {
        EmployerAccess.Membership m = access.active(userId);
        return EmployerMember.<EmployerMember>find("employerId = ?1 order by joinedAt", m.employerId()).list().stream()
                .map(x -> new MemberView(x.userId, x.role.name(), x.joinedAt, users.maskedPhone(x.userId).orElse(null)))
                .toList();
    }

    @Transactional
    public void remove(String ownerUserId, String memberUserId) {
        EmployerAccess.Membership m = access.owner(ownerUserId);
        if (memberUserId.equals(ownerUserId)) {
            throw new ApiException.InvalidState("创建者不能移除自己 / the owner cannot remove themselves");
        }
        long removed = EmployerMember.delete("employerId = ?1 and userId = ?2", m.employerId(), memberUserId);
        if (removed == 0) {
            throw new ApiException.NotFound("没有这个成员 / no such member");
        }
    }

    /** A deleted account leaves its team; an owner's employer keeps its record for the law's retention. */
    void onAccountDeleted(@Observes AccountDeleted event) {
        EmployerMember.delete("userId = ?1 and role = ?2", event.userId(), EmployerMember.Role.HR);
    }

    private static String hash(String code) {
        return Hashing.sha256Hex(code);
    }
}
