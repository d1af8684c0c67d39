package cn.nanhu.talent.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A GB/T 4754-2017 industry section (A–T) or division (01–97). */
@Entity
@Table(name = "ref_industry")
public class Industry extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public short level;
    @Column(name = "parent_code")
    public String parentCode;
    public String section;
}
