package cn.nanhu.talent.job;

import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.reference.DictDtos.IndustryView;
import cn.nanhu.talent.reference.DictDtos.OccupationView;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The search document of a job. Filters on a region, an occupation or an industry include what
 * lies under it, so every ancestor code is indexed: a search for 3304 (嘉兴) finds jobs in 330402.
 */
@ApplicationScoped
public class JobDocuments {

    static final String ID = "id";
    static final String ID_SORT = "id_sort";
    static final String TITLE = "title";
    static final String OCCUPATION_TEXT = "occupation_text";
    static final String BODY = "body";
    static final String DISTRICT = "district";
    static final String OCCUPATION = "occupation";
    static final String INDUSTRY = "industry";
    static final String EDUCATION = "education";
    static final String JOB_TYPE = "job_type";
    static final String SALARY_MAX = "salary_max";
    static final String SALARY_SORT = "salary_sort";
    static final String PUBLISHED = "published";
    static final String EXPIRES = "expires";
    static final String FAIR = "fair";

    private final ReferenceData reference;

    public JobDocuments(ReferenceData reference) {
        this.reference = reference;
    }

    public Document of(Job j, PublicEmployer employer, Set<String> fairs) {
        Document d = new Document();
        for (String fair : fairs) {
            d.add(new StringField(FAIR, fair, Field.Store.NO));
        }
        d.add(new StringField(ID, j.id, Field.Store.YES));
        d.add(new SortedDocValuesField(ID_SORT, new BytesRef(j.id)));
        d.add(new TextField(TITLE, j.title, Field.Store.NO));
        StringBuilder occupationText = new StringBuilder();
        for (OccupationView o : reference.occupationPath(j.occupationCode)) {
            d.add(new StringField(OCCUPATION, o.code(), Field.Store.NO));
            occupationText.append(o.name()).append(' ');
        }
        // job-board aliases (Java, 会计师, 出纳) are how seekers name the work, not the official title
        reference.occupation(j.occupationCode).map(OccupationView::aliases).ifPresent(a -> occupationText.append(String.join(" ", a)));
        d.add(new TextField(OCCUPATION_TEXT, occupationText.toString(), Field.Store.NO));
        d.add(new TextField(BODY, j.description + " " + String.join(" ", j.tagList()) + " " + employer.name(), Field.Store.NO));
        for (String code : reference.divisionPath(j.districtCode)) {
            d.add(new StringField(DISTRICT, code, Field.Store.NO));
        }
        for (String code : industries(employer.industryCode())) {
            d.add(new StringField(INDUSTRY, code, Field.Store.NO));
        }
        d.add(new StringField(EDUCATION, j.education, Field.Store.NO));
        d.add(new StringField(JOB_TYPE, j.jobType, Field.Store.NO));
        d.add(new IntPoint(SALARY_MAX, j.salaryMax));
        // each sort key also as a point of the same name: Lucene then skips the jobs that cannot make the
        // page instead of comparing every match (the newest jobs of the whole board are the common question)
        long published = j.publishedAt == null ? 0 : j.publishedAt.toInstant().toEpochMilli();
        d.add(new NumericDocValuesField(SALARY_SORT, j.salaryMax));
        d.add(new LongPoint(SALARY_SORT, j.salaryMax));
        d.add(new NumericDocValuesField(PUBLISHED, published));
        d.add(new LongPoint(PUBLISHED, published));
        d.add(new LongPoint(EXPIRES, j.expiresAt.toInstant().toEpochMilli()));
        return d;
    }


    private Set<String> industries(String code) {
        Set<String> codes = new LinkedHashSet<>();
        for (Optional<IndustryView> i = reference.industry(code); i.isPresent(); i = reference.industry(i.get().parentCode())) {
            if (!codes.add(i.get().code())) {
                break;
            }
            if (i.get().section() != null) {
                codes.add(i.get().section());
            }
        }
        return codes;
    }
}
