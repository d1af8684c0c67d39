package cn.nanhu.talent.content;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.files.FileInfo;
import cn.nanhu.talent.files.FileService;
import cn.nanhu.talent.identity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files an item shows (cover, attachments, images in its text). An admin may attach only
 * files they uploaded, or files the item already shows (another admin's earlier upload).
 */
@ApplicationScoped
class ContentFiles {

    enum Role { COVER, ATTACHMENT, INLINE }

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");

    private final FileService files;
    private final EntityManager em;

    ContentFiles(FileService files, EntityManager em) {
        this.files = files;
        this.em = em;
    }

    /** Checks the files of an edit by {@code staffId} of the item {@code itemId} (null for a new one); a 400 naming the field otherwise. */
    void check(String staffId, String itemId, String coverFileId, List<String> attachmentIds, Collection<String> inlineIds) {
        Set<String> already = itemId == null ? Set.of() : new HashSet<>(linked(itemId));
        if (coverFileId != null) {
            usable(staffId, already, coverFileId, "coverFileId", true);
        }
        for (String id : attachmentIds) {
            usable(staffId, already, id, "attachmentFileIds", false);
        }
        for (String id : inlineIds) {
            usable(staffId, already, id, "content", true);
        }
    }

    /** Replaces the item's files with these. */
    void replace(String itemId, String coverFileId, List<String> attachmentIds, Collection<String> inlineIds) {
        em.createNativeQuery("delete from content_file where item_id = ?1").setParameter(1, itemId).executeUpdate();
        if (coverFileId != null) {
            insert(itemId, coverFileId, Role.COVER, 0);
        }
        int i = 0;
        for (String id : attachmentIds) {
            insert(itemId, id, Role.ATTACHMENT, i++);
        }
        i = 0;
        for (String id : inlineIds) {
            insert(itemId, id, Role.INLINE, i++);
        }
    }

    void removeAll(String itemId) {
        em.createNativeQuery("delete from content_file where item_id = ?1").setParameter(1, itemId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<String> attachments(String itemId) {
        return em.createNativeQuery("select file_id from content_file where item_id = ?1 and file_role = 'ATTACHMENT' order by ord")
                .setParameter(1, itemId).getResultList();
    }

    /** The attachments that still exist, in order; an erased file is left out. */
    List<FileInfo> attachmentInfos(String itemId) {
        List<FileInfo> out = new ArrayList<>();
        for (String id : attachments(itemId)) {
            files.info(id).ifPresent(out::add);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<String> linked(String itemId) {
        return em.createNativeQuery("select file_id from content_file where item_id = ?1").setParameter(1, itemId).getResultList();
    }

    private void usable(String staffId, Set<String> already, String fileId, String field, boolean image) {
        Optional<FileInfo> info = files.info(fileId);
        boolean mine = info.isPresent() && (already.contains(fileId) || files.isOwnedBy(fileId, SubjectKind.STAFF, staffId));
        if (!mine) {
            throw InvalidInput.of(field, "文件不存在或不是你上传的：" + fileId + " / no such file among your uploads: " + fileId);
        }
        if (image && !IMAGES.contains(info.get().contentType())) {
            throw InvalidInput.of(field, "须为 JPEG 或 PNG 图片：" + fileId + " / must be a JPEG or PNG image: " + fileId);
        }
    }

    private void insert(String itemId, String fileId, Role role, int ord) {
        em.createNativeQuery("insert into content_file (item_id, file_id, file_role, ord) values (?1, ?2, ?3, ?4)")
                .setParameter(1, itemId).setParameter(2, fileId).setParameter(3, role.name()).setParameter(4, ord).executeUpdate();
    }
}
