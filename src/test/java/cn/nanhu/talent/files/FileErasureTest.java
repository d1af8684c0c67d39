package cn.nanhu.talent.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.common.NanhuConfig;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FileErasureTest {

    @Inject
    Db db;
    @Inject
    NanhuConfig config;

    @Test
    void deleting_an_account_erases_its_resumes_and_attachments_but_keeps_its_licence_and_logo() {
        Api.Session user = Api.wechatUser(Api.unique("leaver"));
        String resume = SampleFiles.uploaded(user, SampleFiles.pdf(), "RESUME");
        String attachment = SampleFiles.uploaded(user, SampleFiles.jpeg(), null);
        String licence = SampleFiles.uploaded(user, SampleFiles.png(), "LICENSE");
        String logo = SampleFiles.uploaded(user, SampleFiles.png(), "LOGO");
        Path resumeBytes = bytesOf(resume);
        Path attachmentBytes = bytesOf(attachment);
        assertThat(resumeBytes).exists();

        user.as().when().delete("/api/v1/me").then().statusCode(204);

        Api.Session reviewer = Api.newStaff(Api.unique("rv"), "REVIEWER");
        reviewer.as().when().get("/api/v1/files/" + resume).then().statusCode(404);
        reviewer.as().when().get("/api/v1/files/" + attachment).then().statusCode(404);
        reviewer.as().when().get("/api/v1/files/" + licence).then().statusCode(200).contentType("image/png");
        reviewer.as().when().get("/api/v1/files/" + logo).then().statusCode(200);
        assertThat(db.row("select deleted_at from stored_file where id = ?", resume).get("deleted_at")).isNotNull();
        assertThat(db.row("select deleted_at from stored_file where id = ?", attachment).get("deleted_at")).isNotNull();
        assertThat(db.row("select deleted_at from stored_file where id = ?", licence).get("deleted_at")).isNull();
        assertThat(resumeBytes).doesNotExist();
        assertThat(attachmentBytes).doesNotExist();
        assertThat(bytesOf(licence)).exists();
        assertThat(bytesOf(logo)).exists();
    }

    @Test
    void deleting_an_account_leaves_other_users_files_alone() {
        Api.Session leaver = Api.wechatUser(Api.unique("leaver"));
        Api.Session stayer = Api.wechatUser(Api.unique("stayer"));
        String theirs = SampleFiles.uploaded(stayer, SampleFiles.pdf(), "RESUME");

        leaver.as().when().delete("/api/v1/me").then().statusCode(204);

        stayer.as().when().get("/api/v1/files/" + theirs).then().statusCode(200);
        assertThat(db.row("select deleted_at from stored_file where id = ?", theirs).get("deleted_at")).isNull();
        assertThat(bytesOf(theirs)).exists();
    }

    private Path bytesOf(String fileId) {
        String key = (String) db.row("select storage_key from stored_file where id = ?", fileId).get("storage_key");
        return Path.of(config.dataDir(), "files").resolve(key);
    }
}
