package cn.nanhu.talent.content;

import cn.nanhu.talent.files.FileAccessGrant;
import cn.nanhu.talent.identity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Lets every signed-in account read the cover, attachments and images of an item while it is public. */
@ApplicationScoped
public class ContentFileGrant implements FileAccessGrant {

    private final EntityManager em;
    private final Clock clock;

    public ContentFileGrant(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canRead(String fileId, SubjectKind kind, String accountId) {
        Number n = (Number) em.createNativeQuery("select count(*) from content_file f join content_item i on i.id = f.item_id"
                + " where f.file_id = ?1 and i.status = 'PUBLISHED' and i.publish_at <= ?2")
                .setParameter(1, fileId).setParameter(2, OffsetDateTime.now(clock)).getSingleResult();
        return n.longValue() > 0;
    }
}
