package cn.nanhu.talent.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.identity.SubjectKind;
import cn.nanhu.talent.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FileServiceTest {

    @Inject
    FileService files;

    @Test
    void other_features_can_tell_whether_a_file_is_the_callers_own_e_g_a_licence() {
        Api.Session owner = Api.wechatUser(Api.unique("owner"));
        Api.Session other = Api.wechatUser(Api.unique("other"));
        byte[] licence = SampleFiles.pdf();
        String id = SampleFiles.uploaded(owner, licence, "LICENSE");

        assertThat(files.isOwnedBy(id, SubjectKind.USER, owner.id())).isTrue();
        assertThat(files.isOwnedBy(id, SubjectKind.USER, other.id())).isFalse();
        assertThat(files.isOwnedBy(id, SubjectKind.STAFF, owner.id())).as("the kind counts too").isFalse();
        assertThat(files.isOwnedBy("01HZZZZZZZZZZZZZZZZZZZZZZZ", SubjectKind.USER, owner.id())).isFalse();
        assertThat(files.isOwnedBy("' or 1=1 --", SubjectKind.USER, owner.id())).isFalse();

        FileInfo info = files.info(id).orElseThrow();
        assertThat(info.id()).isEqualTo(id);
        assertThat(info.contentType()).isEqualTo("application/pdf");
        assertThat(info.size()).isEqualTo(licence.length);
        assertThat(info.purpose()).isEqualTo(FilePurpose.LICENSE);
        assertThat(info.sha256()).isEqualTo(SampleFiles.sha256(licence));
        assertThat(info.createdAt()).isNotNull();
        assertThat(files.info("01HZZZZZZZZZZZZZZZZZZZZZZZ")).isEmpty();
    }

    @Test
    void an_erased_file_is_no_longer_anyones_and_has_no_info() {
        Api.Session owner = Api.wechatUser(Api.unique("erased"));
        String id = SampleFiles.uploaded(owner, SampleFiles.png(), "RESUME");

        owner.as().when().delete("/api/v1/me").then().statusCode(204);

        assertThat(files.isOwnedBy(id, SubjectKind.USER, owner.id())).isFalse();
        assertThat(files.info(id)).isEmpty();
    }
}
