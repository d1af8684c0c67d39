package cn.nanhu.talent.service;

import cn.nanhu.talent.service.ServiceDtos.StaffSummary;
import cn.nanhu.talent.service.ServiceDtos.Summary;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The service log summed up per staff member, for admins: records by channel, employers and people served. */
@ApplicationScoped
public class ServiceSummaries {

    private final ServiceLog log;
    private final EntityManager em;

    public ServiceSummaries(ServiceLog log, EntityManager em) {
        this.log = log;
        this.em = em;
    }

    /** Every staff member with a service in the period (dates in China, both inclusive, either open), busiest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(String from, String to) {
        LocalDate fromDate = ServiceQueries.date("from", from);
        LocalDate toDate = ServiceQueries.date("to", to);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        ServiceQueries.period(where, p, fromDate, toDate);
        Query q = em.createQuery("select createdBy, channel, count(*) from ServiceRecord where " + where
                + " group by createdBy, channel");
        p.map().forEach(q::setParameter);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byChannel = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            String staffId = (String) r[0];
            byChannel.computeIfAbsent(staffId, k -> emptyChannels()).put(((ServiceRecord.Channel) r[1]).name(), ((Number) r[2]).longValue());
            counts.computeIfAbsent(staffId, k -> new long[1])[0] += ((Number) r[2]).longValue();
        }
        // a person registered on their behalf counts as a seeker; on claiming, their records move to the seeker they became
        Query distinct = em.createQuery("select createdBy,"
                + " count(distinct case when subjectKind = cn.nanhu.talent.service.ServiceRecord.SubjectKind.EMPLOYER then subjectId end),"
                + " count(distinct case when subjectKind <> cn.nanhu.talent.service.ServiceRecord.SubjectKind.EMPLOYER then subjectId end)"
                + " from ServiceRecord where " + where + " group by createdBy");
        p.map().forEach(distinct::setParameter);
        List<StaffSummary> staff = new ArrayList<>();
        for (Object row : distinct.getResultList()) {
            Object[] r = (Object[]) row;
            String staffId = (String) r[0];
            staff.add(new StaffSummary(staffId, log.staffName(staffId), counts.get(staffId)[0], byChannel.get(staffId),
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        staff.sort(Comparator.comparingLong(StaffSummary::records).reversed().thenComparing(StaffSummary::staffId));
        return new Summary(fromDate, toDate, staff);
    }

    private static Map<String, Long> emptyChannels() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (ServiceRecord.Channel c : ServiceRecord.Channel.values()) {
            m.put(c.name(), 0L);
        }
        return m;
    }
}
