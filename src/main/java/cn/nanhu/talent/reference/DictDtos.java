package cn.nanhu.talent.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** Response bodies of the dictionary endpoints. */
public final class DictDtos {

    private DictDtos() {
    }

    /** A division; {@code level} 1 province, 2 city, 3 county/district, 4 street/town. */
    public record DivisionView(String code, String name, int level, String parentCode, boolean hasChildren) {
    }

    /** An occupation; {@code matchedAlias} tells which job-board title matched a search. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OccupationView(String code, String name, int level, String parentCode, boolean digital,
            boolean green, List<String> aliases, String matchedAlias) {
    }

    /** An occupation with its definition. */
    public record OccupationDetail(String code, String name, int level, String parentCode, boolean digital,
            boolean green, String definition, List<String> aliases, List<OccupationView> path) {
    }

    /** An industry section (level 1) or division (level 2). */
    public record IndustryView(String code, String name, int level, String parentCode, String section) {
    }

    /** A college; {@code code} is its Ministry of Education code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UniversityView(String code, String name, String province, String city, String level,
            String authority, String note) {
    }

    /** A statutory holiday ({@code offDay}) or a make-up working day. */
    public record HolidayView(LocalDate date, String name, boolean offDay) {
    }
}
