package cn.nanhu.talent.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative division (NBS code): province, city, county/district or street/town. */
@Entity
@Table(name = "ref_division")
public class Division extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public short level;
    @Column(name = "parent_code")
    public String parentCode;
}
