package cn.nanhu.talent.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A statutory holiday ({@code offDay}) or a make-up working day (调休上班, not {@code offDay}). */
@Entity
@Table(name = "ref_holiday")
public class Holiday extends PanacheEntityBase {
    @Id
    @Column(name = "holiday_date")
    public LocalDate day;
    public String name;
    @Column(name = "off_day")
    public boolean offDay;
}
