package cn.nanhu.talent.console;

import cn.nanhu.talent.review.ReviewDtos.ReviewItemView;
import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Words and formats the console's templates show: labels for codes, times in Beijing time. */
final class ConsoleFormats {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConsoleFormats() {
    }

    /** Functions the templates call as {@code fmt:name(...)}. */
    @TemplateExtension(namespace = "fmt")
    static final class Fmt {

        private Fmt() {
        }

        static String time(OffsetDateTime t) {
            return t == null ? "" : t.atZoneSameInstant(BEIJING).format(MINUTES);
        }

        static String roles(java.util.List<String> roles) {
            return String.join("、", roles.stream().map(Chrome::roleLabel).toList());
        }

        static String employerStatus(String status) {
            return switch (status) {
                case "PENDING" -> "待审核";
                case "APPROVED" -> "已认证";
                case "REJECTED" -> "已驳回";
                case "SUSPENDED" -> "已暂停";
                default -> status;
            };
        }

        static String ticketStatus(String status) {
            return switch (status) {
                case "OPEN" -> "待回复";
                case "ANSWERED" -> "已回复";
                case "CLOSED" -> "已关闭";
                default -> status;
            };
        }

        static String json(java.util.Map<String, Object> detail) {
            if (detail == null || detail.isEmpty()) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            detail.forEach((k, v) -> b.append(b.length() == 0 ? "" : "；").append(k).append("=").append(v));
            return b.toString();
        }

        static String percent(Double rate) {
            return rate == null ? "" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
        }

        static String channelKind(String kind) {
            return switch (kind) {
                case "REGION" -> "地区";
                case "COLLEGE" -> "院校";
                case "LABOR_SOURCE" -> "劳务输出地";
                default -> kind;
            };
        }

        static String deliveryMode(String mode) {
            return switch (mode) {
                case "FEED" -> "拉取";
                case "WEBHOOK" -> "回调";
                case "BOTH" -> "拉取和回调";
                default -> mode;
            };
        }

        static String contentStatus(String status) {
            return switch (status) {
                case "DRAFT" -> "草稿";
                case "SCHEDULED" -> "定时发布";
                case "PUBLISHED" -> "已发布";
                case "UNPUBLISHED" -> "已撤下";
                default -> status;
            };
        }
    }

    @TemplateExtension
    static String kindLabel(ReviewItemView item) {
        return ConsoleReviewResource.kindLabel(item.kind());
    }

    @TemplateExtension
    static String statusLabel(ReviewItemView item) {
        return ConsoleReviewResource.statusLabel(item.status());
    }
}
