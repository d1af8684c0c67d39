package cn.nanhu.talent.files;

import cn.nanhu.talent.identity.AccountDeleted;
import cn.nanhu.talent.identity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Erases a user's personal files (résumés, attachments) when they delete their account. Licences
 * and logos stay: they belong to the employer record, not to the person who uploaded them.
 */
@ApplicationScoped
public class FileErasure {

    private final FileService files;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public FileErasure(FileService files, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.files = files;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs inside the deletion transaction: rows are marked now, bytes go only once the deletion has committed. */
    void onAccountDeleted(@Observes AccountDeleted event) {
        List<StoredFile> personal = StoredFile.list(
                "ownerKind = ?1 and ownerId = ?2 and purpose in ?3 and deletedAt is null",
                SubjectKind.USER, event.userId(), FilePurpose.ERASED_WITH_ACCOUNT);
        if (personal.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        personal.forEach(f -> f.deletedAt = now);
        List<String> keys = personal.stream().map(f -> f.storageKey).toList();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                // a rolled-back deletion keeps the account, so it keeps the files too
                if (status == Status.STATUS_COMMITTED) {
                    keys.forEach(files::deleteBytes);
                }
            }
        });
    }
}
