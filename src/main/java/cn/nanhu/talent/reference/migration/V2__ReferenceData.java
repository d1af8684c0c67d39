package cn.nanhu.talent.reference.migration;

import cn.nanhu.talent.reference.Csv;
import cn.nanhu.talent.reference.OccupationNames;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the bundled reference files (see {@code reference/SOURCES.md}) into the dictionary tables.
 * Running inside Flyway means it runs once, under Flyway's lock, even when several copies of the
 * service start together.
 */
public class V2__ReferenceData extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        loadDivisions(c);
        loadOccupations(c);
        loadIndustries(c);
        loadUniversities(c);
        loadHolidays(c);
    }

    private static void loadDivisions(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into ref_division (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            Batch batch = new Batch(ps);
            for (Map<String, String> r : Csv.readResource("reference/provinces.csv")) {
                batch.add(r.get("code"), r.get("name"), 1, null);
            }
            for (Map<String, String> r : Csv.readResource("reference/cities.csv")) {
                batch.add(r.get("code"), r.get("name"), 2, r.get("provinceCode"));
            }
            for (Map<String, String> r : Csv.readResource("reference/areas.csv")) {
                batch.add(r.get("code"), r.get("name"), 3, r.get("cityCode"));
            }
            for (Map<String, String> r : Csv.readResource("reference/streets_sh_js_zj.csv")) {
                batch.add(r.get("code"), r.get("name"), 4, r.get("areaCode"));
            }
            batch.flush();
        }
    }

    /**
     * The source repeats four codes (a group with a single occupation under the same code, and
     * exact duplicates). Each code is stored once: the higher level of the tree, the definition
     * that is present, and the aliases of all its rows.
     */
    private static void loadOccupations(Connection c) throws SQLException {
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.readResource("reference/occupations.csv")) {
            byCode.merge(r.get("code"), new HashMap<>(r), (kept, again) -> {
                if (Integer.parseInt(again.get("level")) < Integer.parseInt(kept.get("level"))) {
                    kept.put("level", again.get("level"));
                }
                if (kept.get("definition").isBlank()) {
                    kept.put("definition", again.get("definition"));
                }
                kept.put("alias", kept.get("alias") + "," + again.get("alias"));
                return kept;
            });
        }
        try (PreparedStatement ps = c.prepareStatement("insert into ref_occupation "
                + "(code, name, level, parent_code, digital, green, definition, aliases) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Batch batch = new Batch(ps);
            for (Map<String, String> r : byCode.values()) {
                OccupationNames names = OccupationNames.parse(r.get("name"));
                List<String> aliases = OccupationNames.aliases(r.get("alias"), names.name());
                batch.add(r.get("code"), names.name(), Integer.parseInt(r.get("level")),
                        OccupationNames.parentCode(r.get("code")), names.digital(), names.green(),
                        blankToNull(r.get("definition")), aliases.isEmpty() ? null : String.join(",", aliases));
            }
            batch.flush();
        }
    }

    private static void loadIndustries(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into ref_industry (code, name, level, parent_code, section) values (?, ?, ?, ?, ?)")) {
            Batch batch = new Batch(ps);
            for (Map<String, String> r : Csv.readResource("reference/industries.csv")) {
                batch.add(r.get("code"), r.get("name"), Integer.parseInt(r.get("level")),
                        blankToNull(r.get("parent_code")), r.get("section"));
            }
            batch.flush();
        }
    }

    private static void loadUniversities(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into ref_university "
                + "(moe_code, name, authority, province, city, level, note) values (?, ?, ?, ?, ?, ?, ?)")) {
            Batch batch = new Batch(ps);
            for (Map<String, String> r : Csv.readResource("reference/universities.csv")) {
                batch.add(r.get("moe_code"), r.get("name"), blankToNull(r.get("authority")), blankToNull(r.get("province")),
                        blankToNull(r.get("city")), blankToNull(r.get("level")), blankToNull(r.get("note")));
            }
            batch.flush();
        }
    }

    /** A date can appear in two yearly files (e.g. 30 December); the later file is the one in force. */
    private static void loadHolidays(Connection c) throws SQLException {
        Map<String, Map<String, String>> byDate = new TreeMap<>();
        for (Map<String, String> r : Csv.readResource("reference/holidays.csv")) {
            Map<String, String> earlier = byDate.get(r.get("date"));
            if (earlier == null || Integer.parseInt(earlier.get("file_year")) <= Integer.parseInt(r.get("file_year"))) {
                byDate.put(r.get("date"), r);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into ref_holiday (holiday_date, name, off_day) values (?, ?, ?)")) {
            Batch batch = new Batch(ps);
            for (Map<String, String> r : byDate.values()) {
                batch.add(Date.valueOf(LocalDate.parse(r.get("date"))), r.get("name"),
                        Boolean.parseBoolean(r.get("is_off_day")));
            }
            batch.flush();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Adds rows to a JDBC batch and executes it every {@value #BATCH} rows. */
    private static final class Batch {
        private final PreparedStatement ps;
        private int pending;

        Batch(PreparedStatement ps) {
            this.ps = ps;
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }
    }
}
