package cn.nanhu.talent.console;

import cn.nanhu.talent.files.FileService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the subject details the review queue returns into labelled rows for the detail page. The
 * details are the reviewer's view that the subject's feature built (phone numbers already masked).
 */
@ApplicationScoped
public class ReviewFields {

    private static final Set<String> SKIP = Set.of("licenseFileUrl", "licenseFileId", "discriminatoryWords", "creditCodeValid",
            "flags", "id", "memberRole");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "名称"), Map.entry("creditCode", "统一社会信用代码"), Map.entry("legalRepresentative", "法定代表人"),
            Map.entry("industryCode", "行业代码"), Map.entry("districtCode", "区划代码"), Map.entry("address", "地址"),
            Map.entry("scale", "规模"), Map.entry("aboveDesignatedSizeClaimed", "自报规上企业"), Map.entry("contactName", "联系人"),
            Map.entry("contactPhone", "联系电话"), Map.entry("status", "状态"), Map.entry("statusReason", "状态说明"),
            Map.entry("badges", "标识"), Map.entry("createdAt", "提交时间"), Map.entry("updatedAt", "更新时间"),
            Map.entry("title", "标题"), Map.entry("occupationCode", "职业代码"), Map.entry("occupationName", "职业"),
            Map.entry("districtName", "区域"), Map.entry("salaryMin", "月薪下限"), Map.entry("salaryMax", "月薪上限"),
            Map.entry("headcount", "招聘人数"), Map.entry("education", "学历"), Map.entry("experienceYears", "经验年限"),
            Map.entry("jobType", "用工类型"), Map.entry("tags", "标签"), Map.entry("description", "职位描述"),
            Map.entry("expiresAt", "截止时间"), Map.entry("employer", "单位"), Map.entry("job", "职位"),
            Map.entry("aboveDesignatedSizeClaimed.", "自报规上企业"));

    private final ObjectMapper json;
    private final FileService files;

    public ReviewFields(ObjectMapper json, FileService files) {
        this.json = json;
        this.files = files;
    }

    List<Views.Field> of(Map<String, Object> subject) {
        List<Views.Field> rows = new ArrayList<>();
        JsonNode tree = json.valueToTree(subject);
        walk("", tree, rows);
        return rows;
    }

    boolean isPdf(String fileId) {
        return fileId != null && files.info(fileId).map(f -> "application/pdf".equals(f.contentType())).orElse(false);
    }

    private static void walk(String prefix, JsonNode node, List<Views.Field> rows) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (SKIP.contains(f.getKey()) || f.getValue().isNull()) {
                continue;
            }
            if (f.getValue().isObject()) {
                walk(label(f.getKey()) + " · ", f.getValue(), rows);
            } else if (f.getValue().isArray()) {
                List<String> parts = new ArrayList<>();
                f.getValue().forEach(v -> parts.add(v.isValueNode() ? v.asText() : v.toString()));
                if (!parts.isEmpty()) {
                    rows.add(new Views.Field(prefix + label(f.getKey()), String.join("、", parts)));
                }
            } else {
                String text = f.getValue().isBoolean() ? (f.getValue().asBoolean() ? "是" : "否") : f.getValue().asText();
                rows.add(new Views.Field(prefix + label(f.getKey()), text));
            }
        }
    }

    private static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }
}
