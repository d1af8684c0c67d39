package cn.nanhu.talent.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the 2022 national occupation classification, with its job-board aliases. */
@Entity
@Table(name = "ref_occupation")
public class Occupation extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public short level;
    @Column(name = "parent_code")
    public String parentCode;
    public boolean digital;
    public boolean green;
    public String definition;
    public String aliases;
}
