package cn.nanhu.talent.reference;

import cn.nanhu.talent.reference.DictDtos.DivisionView;
import cn.nanhu.talent.reference.DictDtos.HolidayView;
import cn.nanhu.talent.reference.DictDtos.IndustryView;
import cn.nanhu.talent.reference.DictDtos.OccupationView;
import cn.nanhu.talent.reference.DictDtos.UniversityView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dictionaries, read once from the database into memory. They change only by migration, so
 * every copy of the service can answer lookups and validations without a query. Other features
 * validate codes through this bean.
 */
@ApplicationScoped
public class ReferenceData {

    private volatile Snapshot snapshot;

    void onStart(@Observes StartupEvent event) {
        snapshot();
    }

    Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = QuarkusTransaction.requiringNew().call(Snapshot::load);
                }
                s = snapshot;
            }
        }
        return s;
    }

    public Optional<DivisionView> division(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().divisions.get(code));
    }

    public List<DivisionView> divisionChildren(String parentCode) {
        return snapshot().divisionChildren.getOrDefault(parentCode, List.of());
    }

    /** The division's code and its ancestors' codes, from the division up (330402, 3304, 33); empty for an unknown code. */
    public List<String> divisionPath(String code) {
        List<String> path = new ArrayList<>();
        for (DivisionView d = code == null ? null : snapshot().divisions.get(code); d != null && !path.contains(d.code());
                d = snapshot().divisions.get(d.parentCode())) {
            path.add(d.code());
        }
        return path;
    }

    /** True when {@code code} is {@code ancestor} or lies under it (330402 lies under 3304 and 33). */
    public boolean divisionWithin(String code, String ancestor) {
        for (DivisionView d = snapshot().divisions.get(code); d != null; d = snapshot().divisions.get(d.parentCode())) {
            if (d.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    public Optional<OccupationView> occupation(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().occupations.get(code));
    }

    public List<OccupationView> occupationChildren(String parentCode) {
        return snapshot().occupationChildren.getOrDefault(parentCode, List.of());
    }

    /** The occupation and its ancestors, from the major group down. */
    public List<OccupationView> occupationPath(String code) {
        List<OccupationView> path = new ArrayList<>();
        for (OccupationView o = snapshot().occupations.get(code); o != null; o = snapshot().occupations.get(o.parentCode())) {
            path.add(0, o);
        }
        return path;
    }

    /** True when {@code code} is {@code ancestor} or lies under it in the classification tree. */
    public boolean occupationWithin(String code, String ancestor) {
        return occupationPath(code).stream().anyMatch(o -> o.code().equals(ancestor));
    }

    public String occupationDefinition(String code) {
        return snapshot().definitions.get(code);
    }

    List<OccupationView> allOccupations() {
        return snapshot().occupationList;
    }

    public Optional<IndustryView> industry(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().industries.get(code));
    }

    public List<IndustryView> industries() {
        return List.copyOf(snapshot().industries.values());
    }

    public Optional<UniversityView> university(String moeCode) {
        return Optional.ofNullable(moeCode == null ? null : snapshot().universities.get(moeCode));
    }

    List<UniversityView> universities() {
        return snapshot().universityList;
    }

    /** The holiday or make-up working day on {@code day}, if the calendar has one. */
    public Optional<HolidayView> holiday(LocalDate day) {
        return Optional.ofNullable(snapshot().holidays.get(day));
    }

    List<HolidayView> holidaysOfYear(int year) {
        return snapshot().holidays.values().stream()
                .filter(h -> h.date().getYear() == year)
                .sorted(Comparator.comparing(HolidayView::date))
                .toList();
    }

    /** An immutable in-memory copy of the dictionary tables. */
    static final class Snapshot {
        final Map<String, DivisionView> divisions = new HashMap<>();
        final Map<String, List<DivisionView>> divisionChildren = new HashMap<>();
        final Map<String, OccupationView> occupations = new HashMap<>();
        final Map<String, List<OccupationView>> occupationChildren = new HashMap<>();
        final Map<String, String> definitions = new HashMap<>();
        final List<OccupationView> occupationList = new ArrayList<>();
        final Map<String, IndustryView> industries = new LinkedHashMap<>();
        final Map<String, UniversityView> universities = new HashMap<>();
        final List<UniversityView> universityList = new ArrayList<>();
        final Map<LocalDate, HolidayView> holidays = new HashMap<>();

        static Snapshot load() {
            Snapshot s = new Snapshot();
            List<Division> divisions = Division.listAll();
            Map<String, Long> childCounts = divisions.stream().filter(d -> d.parentCode != null)
                    .collect(Collectors.groupingBy(d -> d.parentCode, Collectors.counting()));
            divisions.stream().sorted(Comparator.comparing(d -> d.code)).forEach(d -> {
                DivisionView v = new DivisionView(d.code, d.name, d.level, d.parentCode, childCounts.containsKey(d.code));
                s.divisions.put(d.code, v);
                s.divisionChildren.computeIfAbsent(d.parentCode == null ? "" : d.parentCode, k -> new ArrayList<>()).add(v);
            });
            List<Occupation> occupations = Occupation.listAll();
            occupations.stream().sorted(Comparator.comparing(o -> o.code)).forEach(o -> {
                List<String> aliases = o.aliases == null ? List.of() : List.of(o.aliases.split(","));
                OccupationView v = new OccupationView(o.code, o.name, o.level, o.parentCode, o.digital, o.green, aliases, null);
                s.occupations.put(o.code, v);
                s.occupationList.add(v);
                s.occupationChildren.computeIfAbsent(o.parentCode == null ? "" : o.parentCode, k -> new ArrayList<>()).add(v);
                if (o.definition != null) {
                    s.definitions.put(o.code, o.definition);
                }
            });
            List<Industry> industries = Industry.listAll();
            industries.stream().sorted(Comparator.comparing((Industry i) -> i.section).thenComparing(i -> i.level)
                    .thenComparing(i -> i.code)).forEach(i ->
                    s.industries.put(i.code, new IndustryView(i.code, i.name, i.level, i.parentCode, i.section)));
            List<University> universities = University.listAll();
            universities.stream().sorted(Comparator.comparing(u -> u.moeCode)).forEach(u -> {
                UniversityView v = new UniversityView(u.moeCode, u.name, u.province, u.city, u.level, u.authority, u.note);
                s.universities.put(u.moeCode, v);
                s.universityList.add(v);
            });
            List<Holiday> holidays = Holiday.listAll();
            holidays.forEach(h -> s.holidays.put(h.day, new HolidayView(h.day, h.name, h.offDay)));
            return s;
        }
    }
}
