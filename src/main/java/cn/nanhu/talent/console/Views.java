package cn.nanhu.talent.console;

import cn.nanhu.talent.audit.AuditLog.AuditView;
import cn.nanhu.talent.channel.ChannelDtos.ChannelView;
import cn.nanhu.talent.channel.ChannelDtos.Created;
import cn.nanhu.talent.channel.ChannelDtos.DailyView;
import cn.nanhu.talent.channel.ChannelDtos.DeliveryView;
import cn.nanhu.talent.consult.ConsultDtos.StaffTicketView;
import cn.nanhu.talent.content.ContentDtos.AdminView;
import cn.nanhu.talent.employer.EmployerDtos.StaffEmployerView;
import cn.nanhu.talent.fair.FairDtos.FairView;
import cn.nanhu.talent.identity.IdentityDtos.StaffView;
import cn.nanhu.talent.review.ReviewDtos.ReasonTemplate;
import cn.nanhu.talent.stats.StatsDtos.Overview;
import cn.nanhu.talent.service.ServiceDtos.RecordView;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The console's pages and fragments (templates under {@code templates/console/}), checked at build time. */
@CheckedTemplate(basePath = "console")
final class Views {

    private Views() {
    }

    /** A label and a value of a review subject, already in words. */
    record Field(String label, String value) {
    }

    /** A choice in a select box. */
    record Option(String value, String label, boolean selected) {
    }

    static native TemplateInstance login(String error, String username);

    static native TemplateInstance home(Chrome chrome, long pendingReviews);

    static native TemplateInstance message(String kind, String text);

    static native TemplateInstance reviews(Chrome chrome, List<ReviewItemView> items, List<Option> kinds, List<Option> statuses,
            String next, String flash);

    static native TemplateInstance review(Chrome chrome, ReviewItemView item, List<Field> fields, String licenseFileId,
            boolean licenseIsPdf, Boolean creditCodeValid, List<String> flaggedWords, List<ReasonTemplate> templates,
            boolean pending, boolean employer);

    static native TemplateInstance staff(Chrome chrome, List<StaffView> accounts, String flash, String error);

    static native TemplateInstance content(Chrome chrome, boolean announcements, List<AdminView> items, String flash);

    /** The fields of the content editor; {@code id} is null for a new item. */
    record ContentForm(boolean announcement, String id, Long version, String title, String group, String summary, String tags,
            boolean pinned, String content) {
        public String type() {
            return announcement ? "announcement" : "article";
        }
    }

    static native TemplateInstance contentEdit(Chrome chrome, ContentForm form, List<Option> groups, String error);

    static native TemplateInstance fairs(Chrome chrome, List<FairView> fairs);

    static native TemplateInstance checkin(Chrome chrome, FairView fair);

    static native TemplateInstance employers(Chrome chrome, List<StaffEmployerView> employers, String q, String status);

    static native TemplateInstance employer(Chrome chrome, StaffEmployerView e, List<Option> hrs, boolean admin, String flash);

    static native TemplateInstance consultations(Chrome chrome, List<StaffTicketView> items, String status);

    static native TemplateInstance consultation(Chrome chrome, StaffTicketView t, String flash);

    static native TemplateInstance audit(Chrome chrome, List<AuditView> entries, String subjectKind, String subjectId, String next);

    static native TemplateInstance serviceRecords(Chrome chrome, List<RecordView> records, String employerId, String flash,
            String error);

    /** The fields of the new-channel form as typed, shown again after a refusal. */
    record ChannelForm(String name, String code, String kind, String regionCode, String collegeCode, String deliveryMode,
            String webhookUrl, String districts, String occupations, String education, List<String> jobTypes) {
        static final ChannelForm EMPTY = new ChannelForm(null, null, "REGION", null, null, "FEED", null, null, null, null, List.of());

        public boolean hasJobType(String type) {
            return jobTypes.contains(type);
        }
    }

    static native TemplateInstance channels(Chrome chrome, List<ChannelView> channels, List<DeliveryView> deadLetters,
            java.util.Map<String, String> channelNames, ChannelForm form,
            Created created, String flash, String error);

    static native TemplateInstance channel(Chrome chrome, ChannelView c, List<DeliveryView> ledger, List<DailyView> daily, String flash,
            String error);

    /** The statistics page's query as typed, and its choices. */
    record StatsQuery(String from, String to, String dimension, String value, String by, List<Option> dimensions, List<Option> bys) {
    }

    /** A row of the breakdown table: a dimension value, its name and one figure per column. */
    record StatsRow(String value, String name, List<Long> cells) {
    }

    /** The charts' data as JSON arrays, put in {@code data-*} attributes for the chart script. */
    record StatsCharts(String seriesLabels, String seriesValues, String granularityLabel, String breakdownLabels,
            String breakdownJobs, String breakdownApplications) {
    }

    static native TemplateInstance stats(Chrome chrome, StatsQuery query, Overview overview, List<String> columns, List<StatsRow> rows,
            StatsCharts charts, String exportHref, String error);
}
