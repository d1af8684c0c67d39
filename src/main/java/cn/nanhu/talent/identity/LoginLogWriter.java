package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Writes the login log in its own transaction, so failed attempts are kept even when the request rolls back. */
@ApplicationScoped
public class LoginLogWriter {

    private final Clock clock;

    public LoginLogWriter(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String method, SubjectKind kind, String subjectId, String username, boolean success,
            String reason, ClientInfo client) {
        LoginLog row = new LoginLog();
        row.id = Ids.newId(clock);
        row.at = OffsetDateTime.now(clock);
        row.method = method;
        row.subjectKind = kind;
        row.subjectId = subjectId;
        row.username = username;
        row.success = success;
        row.reason = reason;
        row.ip = client == null ? null : client.ip();
        row.userAgent = client == null ? null : client.userAgent();
        row.persist();
    }
}
