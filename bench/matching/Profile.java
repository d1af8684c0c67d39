import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of one endpoint goes, from a JDK Flight Recorder file taken while wrk loaded
 * it (the warm-up of bench/matching/run.sh): of the CPU samples whose stack contains the root
 * method, the share that also contains each of the service's methods and a few library entry
 * points (Lucene search, stored fields, Hibernate queries, JDBC, JSON).
 *
 *   java bench/matching/Profile.java <file.jfr> <root method, e.g. cn.nanhu.talent.matching.Recommendations.forSeeker>
 */
public class Profile {

    static final List<String> LIBRARY = List.of(
            "org.apache.lucene.search.IndexSearcher.search",
            "org.apache.lucene.index.StoredFields.document",
            "org.apache.lucene.analysis.TokenStream.incrementToken",
            "org.hibernate.query.spi.AbstractSelectionQuery.list",
            "org.postgresql.jdbc.PgPreparedStatement.executeQuery",
            "org.postgresql.jdbc.PgPreparedStatement.execute",
            "com.fasterxml.jackson.databind.ObjectWriter.writeValue",
            "io.smallrye.jwt.auth.principal.DefaultJWTTokenParser.parse");

    public static void main(String[] args) throws Exception {
        String root = args[1];
        Map<String, Integer> inclusive = new HashMap<>();
        int all = 0;
        int under = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            all++;
            Set<String> methods = new HashSet<>();
            for (RecordedFrame f : e.getStackTrace().getFrames()) {
                methods.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
            }
            if (!methods.contains(root)) {
                continue;
            }
            under++;
            for (String m : methods) {
                boolean generated = m.contains("_Subclass") || m.contains("_ClientProxy") || m.contains("$quarkusrestinvoker");
                if ((m.startsWith("cn.nanhu.talent.") && !generated) || LIBRARY.contains(m)) {
                    inclusive.merge(m, 1, Integer::sum);
                }
            }
        }
        System.out.printf("PROFILE %s: %d of %d CPU samples (%.0f %%); share of those samples inside each method:%n", root, under, all,
                all == 0 ? 0 : 100.0 * under / all);
        int total = under;
        inclusive.entrySet().stream().filter(x -> x.getValue() * 100 >= total * 2)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(x -> System.out.printf("PROFILE %5.1f %%  %s%n", 100.0 * x.getValue() / total, x.getKey()));
    }
}
