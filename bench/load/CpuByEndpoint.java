import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service's CPU goes under the load test's mix, from a JDK Flight Recorder file taken
 * during it: the share of CPU samples under each endpoint (the outermost resource method on the
 * stack; threads outside any endpoint by name), and under each innermost application method.
 *
 *   java bench/load/CpuByEndpoint.java <file.jfr>
 */
public class CpuByEndpoint {

    /** The class the REST layer generates per endpoint, e.g. job.JobResource$quarkusrestinvoker$search_528a…. */
    static final Pattern INVOKER = Pattern.compile("(.*Resource)\\$quarkusrestinvoker\\$(\\w+?)_[0-9a-f]+");

    public static void main(String[] args) throws Exception {
        Map<String, Integer> byEndpoint = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            total++;
            String endpoint = null;
            String innermost = null;
            String resource = null;
            for (RecordedFrame f : e.getStackTrace().getFrames()) {
                String type = f.getMethod().getType().getName();
                if (!type.startsWith("cn.nanhu.talent.")) {
                    continue;
                }
                String shortType = type.substring("cn.nanhu.talent.".length());
                if (innermost == null) {
                    innermost = shortType.replaceAll("_Subclass.*$", "") + "." + f.getMethod().getName();
                }
                Matcher invoker = INVOKER.matcher(shortType);
                if (invoker.matches()) {
                    endpoint = invoker.group(1) + "." + invoker.group(2); // the outermost frame: the endpoint called
                } else if (resource == null && shortType.endsWith("Resource")) {
                    resource = shortType + "." + f.getMethod().getName();
                }
            }
            if (endpoint == null) {
                endpoint = resource != null ? resource
                        : "(no endpoint: " + e.getThread("sampledThread").getJavaName().replaceAll("[0-9]+", "N") + ")";
            }
            byEndpoint.merge(endpoint, 1, Integer::sum);
            if (innermost != null) {
                byMethod.merge(innermost, 1, Integer::sum);
            }
        }
        System.out.printf("CPU samples: %d%n", total);
        print("by endpoint", byEndpoint, total, 12);
        print("by innermost application method", byMethod, total, 12);
    }

    static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println(title + ":");
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
                .forEach(x -> System.out.printf("  %5.1f %%  %s%n", 100.0 * x.getValue() / Math.max(1, total), x.getKey()));
    }
}
