package cn.nanhu.talent.matching;

import cn.nanhu.talent.common.ScheduledWork;
import cn.nanhu.talent.job.IndexIds;
import cn.nanhu.talent.job.LiveIndex;
import cn.nanhu.talent.reference.DictDtos.OccupationView;
import cn.nanhu.talent.reference.OccupationNames;
import cn.nanhu.talent.reference.ReferenceData;
import cn.nanhu.talent.seeker.SeekerChanged;
import cn.nanhu.talent.seeker.SeekerConfig;
import cn.nanhu.talent.seeker.SeekerProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * This copy's in-memory index of the seekers employers may find: registrations with visibility
 * PUBLIC and consent to the privacy policy in force. Built at start, updated after each committed
 * change here, and caught up from seeker_change rows written by other copies. The index only
 * proposes; {@link Candidates} re-reads every proposed seeker from the database.
 */
@ApplicationScoped
public class SeekerIndex {

    private static final Logger LOG = Logger.getLogger(SeekerIndex.class);
    private static final int BUILD_PAGE = 1000;
    private static final int MAX_TERMS = 32;

    static final String ID = "id";
    static final String OCCUPATION = "occupation";
    static final String DISTRICT = "district";
    static final String TEXT = "text";
    static final String ID_VALUES = "id_values";

    private final ReferenceData reference;
    private final SeekerConfig seekers;
    private final EntityManager em;
    private final Clock clock;
    private LiveIndex index;

    public SeekerIndex(ReferenceData reference, SeekerConfig seekers, EntityManager em, Clock clock) {
        this.reference = reference;
        this.seekers = seekers;
        this.em = em;
        this.clock = clock;
    }

    /** What a job looks for in a seeker. */
    public record Wanted(String occupationCode, String districtCode, String text) {
    }

    void onStart(@Observes StartupEvent event) {
        index = new LiveIndex(em, clock, "seeker_change", "user_id");
        rebuild();
        LOG.infof("Seeker index built with %d documents", index.size());
    }

    void onStop(@Observes ShutdownEvent event) {
        index.close();
    }

    /** Builds the index anew from the database, a page of registrations per short transaction. */
    public void rebuild() {
        index.rebuild(this::indexPage);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeekerChanged change) {
        QuarkusTransaction.requiringNew().run(() -> refresh(change.userId()));
        index.refresh();
    }

    /** Re-reads the changes other copies (or a failed update here) left since the watermark. */
    @Scheduled(identity = "seeker-index-catch-up", every = "${matching.index.catch-up-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCatchUp() {
        ScheduledWork.run("seeker-index-catch-up", this::catchUp);
    }

    /** Applies the seeker changes other copies (or this one) made since the last catch-up. */
    public void catchUp() {
        if (index != null) {
            index.catchUp(row -> refresh((String) row[0]));
        }
    }

    /**
     * The ids of up to {@code limit} findable seekers nearest what the job wants: its occupation
     * (the same code counts most, then its minor and middle group), its district (then its city),
     * and the words of its title.
     */
    public List<String> near(Wanted w, int limit) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term(OCCUPATION, w.occupationCode())), 4f), Occur.SHOULD);
        if (w.occupationCode().split("-").length == 4) {
            any.add(new BoostQuery(new TermQuery(new Term(OCCUPATION, OccupationNames.group(w.occupationCode(), 3))), 2f), Occur.SHOULD);
            any.add(new TermQuery(new Term(OCCUPATION, OccupationNames.group(w.occupationCode(), 2))), Occur.SHOULD);
        }
        any.add(new BoostQuery(new TermQuery(new Term(DISTRICT, w.districtCode())), 2f), Occur.SHOULD);
        if (w.districtCode().length() >= 4) {
            any.add(new TermQuery(new Term(DISTRICT, w.districtCode().substring(0, 4))), Occur.SHOULD);
        }
        for (String t : index.terms(TEXT, w.text(), MAX_TERMS)) {
            any.add(new BoostQuery(new TermQuery(new Term(TEXT, t)), 0.5f), Occur.SHOULD);
        }
        // scored only, so Lucene skips seekers that cannot make the top; Candidates ranks them
        Query query = any.build();
        return index.read(searcher -> IndexIds.of(searcher, searcher.search(query, limit).scoreDocs, ID_VALUES));
    }

    /** How many seekers the index holds. */
    public int size() {
        return index.size();
    }

    private void refresh(String userId) {
        SeekerProfile p = em.find(SeekerProfile.class, userId);
        if (p != null && findable(p)) {
            index.put(new Term(ID, userId), document(p));
        } else {
            index.remove(new Term(ID, userId));
        }
    }

    private String indexPage(String afterId) {
        List<SeekerProfile> page = em.createQuery("select p from SeekerProfile p where p.visibility = :v and p.userId > :after order by p.userId",
                SeekerProfile.class).setParameter("v", SeekerProfile.Visibility.PUBLIC).setParameter("after", afterId)
                .setMaxResults(BUILD_PAGE).getResultList();
        if (page.isEmpty()) {
            return null;
        }
        for (SeekerProfile p : page) {
            if (findable(p)) {
                index.add(document(p));
            }
        }
        return page.get(page.size() - 1).userId;
    }

    /** Employers may find only those who chose PUBLIC and agreed to the privacy policy in force. */
    boolean findable(SeekerProfile p) {
        return p.visibility == SeekerProfile.Visibility.PUBLIC && seekers.privacyPolicyVersion().equals(p.consentVersion);
    }

    private Document document(SeekerProfile p) {
        Document d = new Document();
        d.add(new StringField(ID, p.userId, Field.Store.NO));
        d.add(new SortedDocValuesField(ID_VALUES, new BytesRef(p.userId)));
        StringBuilder text = new StringBuilder();
        for (String code : p.desiredOccupations()) {
            for (OccupationView o : reference.occupationPath(code)) {
                d.add(new StringField(OCCUPATION, o.code(), Field.Store.NO));
            }
            reference.occupation(code).ifPresent(o -> text.append(o.name()).append(' ').append(String.join(" ", o.aliases())).append(' '));
        }
        Set<String> districts = new LinkedHashSet<>(p.desiredDistricts());
        if (p.currentDistrictCode != null) {
            districts.add(p.currentDistrictCode);
        }
        for (String code : districts) {
            for (String ancestor : reference.divisionPath(code)) {
                d.add(new StringField(DISTRICT, ancestor, Field.Store.NO));
            }
        }
        text.append(String.join(" ", p.skillList())).append(' ');
        if (p.major != null) {
            text.append(p.major).append(' ');
        }
        if (p.intro != null) {
            text.append(p.intro);
        }
        d.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        return d;
    }
}
