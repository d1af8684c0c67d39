package cn.nanhu.talent.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** WeChat users as other features may see them: only whether they are active and their masked phone. */
@ApplicationScoped
public class UserDirectory {

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
