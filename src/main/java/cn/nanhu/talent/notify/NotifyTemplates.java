package cn.nanhu.talent.notify;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * The WeChat subscribe-message templates the service knows, by key. Configured ids override
 * placeholder defaults, so a fresh install and the tests work without configuration while
 * production sets the real ids from the WeChat console.
 */
@ApplicationScoped
public class NotifyTemplates {

    public static final String REVIEW_RESULT = "REVIEW_RESULT";
    public static final String APPLICATION_STATUS = "APPLICATION_STATUS";
    public static final String INTERVIEW_INVITE = "INTERVIEW_INVITE";
    public static final String JOB_ALERT = "JOB_ALERT";
    public static final String CONSULTATION_REPLY = "CONSULTATION_REPLY";

    /** Placeholders: WeChat refuses them, so production must configure the real ids. */
    static final Map<String, String> DEFAULTS = Map.of(
            REVIEW_RESULT, "tmpl-review-result",
            APPLICATION_STATUS, "tmpl-application-status",
            INTERVIEW_INVITE, "tmpl-interview-invite",
            JOB_ALERT, "tmpl-job-alert",
            CONSULTATION_REPLY, "tmpl-consultation-reply");

    private static final Logger LOG = Logger.getLogger(NotifyTemplates.class);

    /** Key to template id. */
    private final Map<String, String> ids = new TreeMap<>(DEFAULTS);

    public NotifyTemplates(NotifyConfig config) {
        // Keys are compared upper-case with '_', so NOTIFY_TEMPLATES_REVIEW_RESULT and
        // notify.templates.review-result both reach REVIEW_RESULT.
        config.templates().forEach((key, id) -> {
            if (id != null && !id.isBlank()) {
                ids.put(normalise(key), id.strip());
            }
        });
    }

    /** The template id for a key, or empty when no id is known for it. */
    public Optional<String> idOf(String key) {
        return Optional.ofNullable(key == null ? null : ids.get(normalise(key)));
    }

    /** Whether a template id is one the service sends, i.e. one a user may subscribe to. */
    public boolean knows(String templateId) {
        return ids.containsValue(templateId);
    }

    void warnAboutPlaceholders(@Observes StartupEvent event) {
        List<String> placeholders = ids.keySet().stream().filter(key -> ids.get(key).equals(DEFAULTS.get(key))).toList();
        if (!placeholders.isEmpty()) {
            LOG.warnf("notify: templates %s use placeholder ids, which WeChat refuses; set notify.templates.<KEY> to the"
                    + " ids from the WeChat console", placeholders);
        }
    }

    private static String normalise(String key) {
        return key.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }
}
