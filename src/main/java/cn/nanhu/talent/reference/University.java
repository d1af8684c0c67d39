package cn.nanhu.talent.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regular higher-education institution from the Ministry of Education list. */
@Entity
@Table(name = "ref_university")
public class University extends PanacheEntityBase {
    @Id
    @Column(name = "moe_code")
    public String moeCode;
    public String name;
    public String authority;
    public String province;
    public String city;
    public String level;
    public String note;
}
