package cn.nanhu.talent.files;

import cn.nanhu.talent.identity.SubjectKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An uploaded file: whose it is, what it is for and where its bytes are. Private to this feature. */
@Entity
@Table(name = "stored_file")
public class StoredFile extends PanacheEntityBase {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    public SubjectKind ownerKind;
    @Column(name = "owner_id")
    public String ownerId;
    @Enumerated(EnumType.STRING)
    public FilePurpose purpose;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "storage_key")
    public String storageKey;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** The file unless it was erased. */
    static Optional<StoredFile> live(String id) {
        return StoredFile.<StoredFile>findByIdOptional(id).filter(f -> f.deletedAt == null);
    }
}
