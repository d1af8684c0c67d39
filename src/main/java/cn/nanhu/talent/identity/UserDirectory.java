package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.Pii;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * WeChat users as other features may see them: whether they are active and their masked phone.
 * The full phone only for a purpose the user agreed to (e.g. an employer whose interview they accepted).
 */
@ApplicationScoped
public class UserDirectory {

    private final Pii pii;

    public UserDirectory(Pii pii) {
        this.pii = pii;
    }

    /** The phone number the user bound, in full; the caller must have the user's agreement to show it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> phone(String userId) {
        AppUser user = AppUser.findById(userId);
        return user == null || user.status != AppUser.Status.ACTIVE ? Optional.empty() : Optional.ofNullable(pii.decrypt(user.phoneEnc));
    }

    /** The user who signed in with this openid, if anyone did; for seeding demo accounts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> idByOpenid(String openid) {
        return AppUser.byOpenidHash(pii.hash(openid)).map(u -> u.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isActive(String userId) {
        AppUser user = AppUser.findById(userId);
        return user != null && user.status == AppUser.Status.ACTIVE;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> maskedPhone(String userId) {
        AppUser user = AppUser.findById(userId);
        return user == null ? Optional.empty() : Optional.ofNullable(user.phoneMasked);
    }
}
