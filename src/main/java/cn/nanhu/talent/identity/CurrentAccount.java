package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.ApiException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in caller of the current request, as other features see it. */
@RequestScoped
public class CurrentAccount {

    private final JsonWebToken jwt;

    public CurrentAccount(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public SubjectKind kind() {
        Object kind = jwt.getClaim(TokenService.KIND_CLAIM);
        if (kind == null) {
            throw new ApiException.Unauthorized("需要登录 / sign in first");
        }
        return SubjectKind.valueOf(kind.toString());
    }

    public String id() {
        kind();
        return jwt.getSubject();
    }

    /** The id of the signed-in WeChat user; staff tokens are refused. */
    public String userId() {
        if (kind() != SubjectKind.USER) {
            throw new ApiException.Forbidden("仅限微信用户 / only for WeChat users");
        }
        return jwt.getSubject();
    }

    /** The signed-in WeChat user's id; empty for an anonymous caller or a staff member. */
    public Optional<String> optionalUserId() {
        Object kind = jwt.getClaim(TokenService.KIND_CLAIM);
        return kind != null && SubjectKind.USER.name().equals(kind.toString()) ? Optional.ofNullable(jwt.getSubject()) : Optional.empty();
    }

    /** The id of the signed-in staff member; user tokens are refused. */
    public String staffId() {
        if (kind() != SubjectKind.STAFF) {
            throw new ApiException.Forbidden("仅限工作人员 / only for staff");
        }
        return jwt.getSubject();
    }
}
