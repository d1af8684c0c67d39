package cn.nanhu.talent.console;

import cn.nanhu.talent.identity.IdentityDtos.StaffView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The console's pages and fragments (templates under {@code templates/console/}), checked at build time. */
@CheckedTemplate(basePath = "console")
final class Views {

    private Views() {
    }

    static native TemplateInstance login(String error, String username);

    static native TemplateInstance home(Chrome chrome, long pendingReviews);

    static native TemplateInstance message(String kind, String text);

    static native TemplateInstance staff(Chrome chrome, List<StaffView> accounts, String flash, String error);
}
