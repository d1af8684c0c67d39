package cn.nanhu.talent.stats;

import static cn.nanhu.talent.stats.Metric.*;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.SqlValues;
import cn.nanhu.talent.reference.DictDtos.IndustryView;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the facts of subjects from the feature tables (one query per kind, plus one for its
 * history), for a single changed subject and for a page of a rebuild alike: both go through the
 * same code, so they cannot disagree.
 */
@ApplicationScoped
class Sources {

    private final EntityManager em;
    private final ReferenceData reference;

    Sources(EntityManager em, ReferenceData reference) {
        this.em = em;
        this.reference = reference;
    }

    /** The facts of each given subject that exists and counts; others are absent from the map. */
    Map<String, Facts> load(SubjectKind kind, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return switch (kind) {
            case EMPLOYER -> employers(ids);
            case JOB -> jobs(ids);
            case SEEKER -> seekers(ids);
            case APPLICATION -> applications(ids);
            case CONSULTATION -> consultations(ids);
            case FAIR -> fairs(ids);
            case FAIR_REG -> fairRegistrations(ids);
            case FAIR_TICKET -> fairTickets(ids);
        };
    }

    /** The next page of subject ids after {@code after} (null: from the start), in id order. */
    @SuppressWarnings("unchecked")
    List<String> ids(SubjectKind kind, String after, int limit) {
        String sql = "select " + kind.idColumn + " from " + kind.table
                + (after == null ? "" : " where " + kind.idColumn + " > ?1") + " order by " + kind.idColumn;
        var q = em.createNativeQuery(sql);
        if (after != null) {
            q.setParameter(1, after);
        }
        return (List<String>) q.setMaxResults(limit).getResultList();
    }

    private Map<String, Facts> employers(Collection<String> ids) {
        return each("select id, status, district_code, industry_code, above_size_confirmed, created_at, approved_at"
                + " from employer where id in (?1)", ids, r -> {
                    String status = (String) r[1];
                    Facts.Builder b = new Facts.Builder().dim(Dimension.DISTRICT, district(r[2])).dim(Dimension.INDUSTRY, industry(r[3]))
                            .flow(EMPLOYERS_REGISTERED, day(r[5])).flow(EMPLOYERS_VERIFIED, day(r[6]))
                            .gauge(Metric.valueOf("EMPLOYERS_" + status), 1);
                    if ("APPROVED".equals(status) && Boolean.TRUE.equals(r[4])) {
                        b.gauge(EMPLOYERS_ABOVE_SIZE, 1);
                    }
                    return b;
                });
    }

    private Map<String, Facts> jobs(Collection<String> ids) {
        Map<String, Map<String, LocalDate>> firsts = new HashMap<>();
        for (Object[] h : rows("select job_id, to_status, min(at) from job_history where job_id in (?1)"
                + " and to_status in ('PUBLISHED', 'CLOSED', 'EXPIRED') group by job_id, to_status", ids)) {
            firsts.computeIfAbsent((String) h[0], k -> new HashMap<>()).put((String) h[1], day(h[2]));
        }
        return each("select j.id, j.status, j.district_code, j.occupation_code, e.industry_code from job j"
                + " join employer e on e.id = j.employer_id where j.id in (?1)", ids, r -> {
                    Map<String, LocalDate> at = firsts.getOrDefault((String) r[0], Map.of());
                    Facts.Builder b = jobDims(r[2], r[3], r[4]);
                    LocalDate published = at.get("PUBLISHED");
                    if (published != null) {
                        // a post counts when first published; its end counts only for posts that were ever out
                        b.flow(JOBS_PUBLISHED, published).flow(JOBS_CLOSED, at.get("CLOSED")).flow(JOBS_EXPIRED, at.get("EXPIRED"));
                    }
                    return b.gauge(JOBS_OPEN, "PUBLISHED".equals(r[1]) ? 1 : 0);
                });
    }

    private Map<String, Facts> seekers(Collection<String> ids) {
        return each("select user_id, current_district_code, desired_occupation_codes, completeness, created_at"
                + " from seeker_profile where user_id in (?1)", ids, r -> {
                    String desired = (String) r[2];
                    String first = desired == null || desired.isBlank() ? null : desired.split(",")[0];
                    int completeness = ((Number) r[3]).intValue();
                    return new Facts.Builder().dim(Dimension.DISTRICT, district(r[1])).dim(Dimension.OCCUPATION, occupation(first))
                            .flow(SEEKERS_REGISTERED, day(r[4])).gauge(SEEKERS, 1)
                            .gauge(SEEKERS_COMPLETE, completeness >= 80 ? 1 : 0).gauge(SEEKERS_COMPLETENESS_SUM, completeness);
                });
    }

    private Map<String, Facts> applications(Collection<String> ids) {
        Map<String, List<Object[]>> steps = group(rows("select application_id, to_status, at from application_history"
                + " where application_id in (?1) and to_status in ('INTERVIEW', 'OFFER', 'HIRED') order by id", ids));
        // the CHANNEL dimension joins here once applications record the channel they came through
        return each("select a.id, a.created_at, j.district_code, j.occupation_code, e.industry_code from application a"
                + " join job j on j.id = a.job_id join employer e on e.id = a.employer_id where a.id in (?1)", ids, r -> {
                    Facts.Builder b = jobDims(r[2], r[3], r[4]).flow(APPLICATIONS, day(r[1]));
                    for (Object[] s : steps.getOrDefault((String) r[0], List.of())) {
                        Metric m = switch ((String) s[1]) {
                            case "INTERVIEW" -> INTERVIEWS;
                            case "OFFER" -> OFFERS;
                            default -> HIRES;
                        };
                        b.flow(m, day(s[2]));
                    }
                    return b;
                });
    }

    private Map<String, Facts> consultations(Collection<String> ids) {
        Map<String, List<Object[]>> answers = group(rows("select consultation_id, created_at, answer_due_at from consultation_message"
                + " where consultation_id in (?1) and answer_due_at is not null order by id", ids));
        return each("select c.id, c.created_at, e.district_code, e.industry_code from consultation c"
                + " left join employer e on e.id = c.employer_id where c.id in (?1)", ids, r -> {
                    Facts.Builder b = new Facts.Builder().dim(Dimension.DISTRICT, district(r[2])).dim(Dimension.INDUSTRY, industry(r[3]))
                            .flow(CONSULTATIONS, day(r[1]));
                    for (Object[] a : answers.getOrDefault((String) r[0], List.of())) {
                        OffsetDateTime at = SqlValues.time(a[1]);
                        boolean onTime = !at.isAfter(SqlValues.time(a[2]));
                        b.flow(CONSULTATIONS_ANSWERED, day(at)).flow(onTime ? CONSULTATIONS_ON_TIME : CONSULTATIONS_LATE, day(at));
                    }
                    return b;
                });
    }

    private Map<String, Facts> fairs(Collection<String> ids) {
        return each("select id, published_at, district_code from fair where id in (?1)", ids,
                r -> new Facts.Builder().dim(Dimension.DISTRICT, district(r[2])).flow(FAIRS_PUBLISHED, day(r[1])));
    }

    private Map<String, Facts> fairRegistrations(Collection<String> ids) {
        return each("select r.id, r.status, r.updated_at, f.district_code,"
                + " (select count(*) from fair_registration_job rj where rj.registration_id = r.id)"
                + " from fair_registration r join fair f on f.id = r.fair_id where r.id in (?1)", ids, r -> {
                    Facts.Builder b = new Facts.Builder().dim(Dimension.DISTRICT, district(r[3]));
                    if ("APPROVED".equals(r[1])) {
                        b.flow(FAIR_EMPLOYERS, day(r[2])).flow(FAIR_JOBS, day(r[2]), ((Number) r[4]).longValue());
                    }
                    return b;
                });
    }

    private Map<String, Facts> fairTickets(Collection<String> ids) {
        return each("select t.id, t.created_at, t.checked_in_at, f.district_code from fair_ticket t"
                + " join fair f on f.id = t.fair_id where t.id in (?1)", ids,
                r -> new Facts.Builder().dim(Dimension.DISTRICT, district(r[3]))
                        .flow(FAIR_SIGNUPS, day(r[1])).flow(FAIR_CHECKINS, day(r[2])));
    }

    private Facts.Builder jobDims(Object district, Object occupation, Object industry) {
        return new Facts.Builder().dim(Dimension.DISTRICT, district(district)).dim(Dimension.INDUSTRY, industry(industry))
                .dim(Dimension.OCCUPATION, occupation((String) occupation));
    }

    private Map<String, Facts> each(String sql, Collection<String> ids, Function<Object[], Facts.Builder> facts) {
        Map<String, Facts> out = new HashMap<>();
        for (Object[] r : rows(sql, ids)) {
            Facts f = facts.apply(r).build();
            if (!f.isEmpty()) {
                out.put((String) r[0], f);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<String> ids) {
        return em.createNativeQuery(sql).setParameter(1, ids instanceof List<?> ? ids : new ArrayList<>(ids)).getResultList();
    }

    private static Map<String, List<Object[]>> group(List<Object[]> rows) {
        Map<String, List<Object[]>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r));
        return out;
    }

    static LocalDate day(Object timestamp) {
        OffsetDateTime t = SqlValues.time(timestamp);
        return t == null ? null : t.atZoneSameInstant(Clocks.ZONE).toLocalDate();
    }

    /** County level: a town or street code counts for its county (330402001 → 330402). */
    static String district(Object code) {
        String c = (String) code;
        return c == null || c.isBlank() ? null : c.length() > 6 ? c.substring(0, 6) : c;
    }

    /** The GB/T 4754 section (a letter) of an industry code. */
    String industry(Object code) {
        return reference.industry((String) code).map(IndustryView::section).orElse(null);
    }

    /** The major group of a 2022 occupation code (2-02-10-03 → 2-00-00-00). */
    static String occupation(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        int dash = code.indexOf('-');
        return (dash < 0 ? code : code.substring(0, dash)) + "-00-00-00";
    }
}
