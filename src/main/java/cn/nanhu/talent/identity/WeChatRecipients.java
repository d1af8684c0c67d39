package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.Pii;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The openid to address a WeChat message to, for the features that send them. Never for responses or logs. */
@ApplicationScoped
public class WeChatRecipients {

    private final Pii pii;

    public WeChatRecipients(Pii pii) {
        this.pii = pii;
    }

    /** The openid of an active user, or empty when the user is unknown or deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> openidOf(String userId) {
        AppUser user = AppUser.findById(userId);
        if (user == null || user.status != AppUser.Status.ACTIVE || user.openidEnc == null) {
            return Optional.empty();
        }
        return Optional.of(pii.decrypt(user.openidEnc));
    }
}
