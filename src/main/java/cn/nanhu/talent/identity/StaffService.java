package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffCreateRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffUpdateRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffView;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Staff accounts, managed by admins. Disabling an account, changing its roles or resetting its
 * password ends its sessions at once. The service never lets the last admin be locked out.
 */
@ApplicationScoped
public class StaffService {

    private final TokenService tokens;
    private final Clock clock;

    public StaffService(TokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffView> list(PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        List<StaffAccount> rows = cursor == null
                ? StaffAccount.<StaffAccount>find("order by id").page(0, page.size() + 1).list()
                : StaffAccount.<StaffAccount>find("id > ?1 order by id", cursor.part(0)).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), s -> Cursor.of(s.id)).map(StaffService::view);
    }

    @Transactional
    public String create(StaffCreateRequest request) {
        String username = request.username().strip().toLowerCase();
        if (StaffAccount.byUsername(username).isPresent()) {
            throw new ApiException.Conflict("用户名已存在 / username " + username + " is taken");
        }
        return insert(username, request.password(), request.roles(), request.displayName().strip());
    }

    /** Creates an account without checks beyond the database's; for the bootstrap admin. */
    @Transactional
    public String insert(String username, String password, Set<String> roles, String displayName) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StaffAccount staff = new StaffAccount();
        staff.id = Ids.newId(clock);
        staff.username = username;
        staff.passwordHash = BcryptUtil.bcryptHash(password);
        staff.displayName = displayName;
        staff.setRoles(roles);
        staff.enabled = true;
        staff.createdAt = now;
        staff.updatedAt = now;
        staff.persist();
        return staff.id;
    }

    @Transactional
    public StaffView update(String id, StaffUpdateRequest request, String actorId) {
        StaffAccount staff = find(id);
        boolean endSessions = false;
        if (request.enabled() != null && request.enabled() != staff.enabled) {
            if (!request.enabled() && id.equals(actorId)) {
                throw new ApiException.InvalidState("不能停用自己的账号 / you cannot disable your own account");
            }
            if (!request.enabled() && staff.roleSet().contains(Roles.ADMIN)) {
                requireAnotherAdmin(id);
            }
            staff.enabled = request.enabled();
            endSessions = true;
        }
        if (request.roles() != null && !request.roles().equals(staff.roleSet())) {
            if (!request.roles().contains(Roles.ADMIN) && staff.roleSet().contains(Roles.ADMIN)) {
                if (id.equals(actorId)) {
                    throw new ApiException.InvalidState("不能取消自己的管理员角色 / you cannot remove your own ADMIN role");
                }
                requireAnotherAdmin(id);
            }
            staff.setRoles(request.roles());
            endSessions = true;
        }
        if (request.displayName() != null) {
            staff.displayName = request.displayName().strip();
        }
        if (endSessions) {
            staff.tokenGeneration++;
            tokens.revokeAll(SubjectKind.STAFF, id);
        }
        staff.updatedAt = OffsetDateTime.now(clock);
        return view(staff);
    }

    @Transactional
    public void resetPassword(String id, String password) {
        StaffAccount staff = find(id);
        staff.passwordHash = BcryptUtil.bcryptHash(password);
        staff.failedAttempts = 0;
        staff.lockedUntil = null;
        staff.tokenGeneration++;
        staff.updatedAt = OffsetDateTime.now(clock);
        tokens.revokeAll(SubjectKind.STAFF, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyEnabledAdmin() {
        return StaffAccount.<StaffAccount>find("enabled = true").list().stream().anyMatch(s -> s.roleSet().contains(Roles.ADMIN));
    }

    private static void requireAnotherAdmin(String exceptId) {
        boolean another = StaffAccount.<StaffAccount>find("enabled = true and id <> ?1", exceptId).list().stream()
                .anyMatch(s -> s.roleSet().contains(Roles.ADMIN));
        if (!another) {
            throw new ApiException.InvalidState("至少保留一个可用的管理员 / at least one enabled admin must remain");
        }
    }

    private static StaffAccount find(String id) {
        StaffAccount staff = Ids.looksLikeId(id) ? StaffAccount.findById(id) : null;
        if (staff == null) {
            throw new ApiException.NotFound("没有这个工作人员账号 / no such staff account");
        }
        return staff;
    }

    static StaffView view(StaffAccount s) {
        return new StaffView(s.id, s.username, s.displayName, List.copyOf(new TreeSet<>(s.roleSet())), s.enabled,
                s.lockedUntil, s.createdAt, s.lastLoginAt);
    }
}
