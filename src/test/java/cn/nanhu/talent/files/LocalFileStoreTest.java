package cn.nanhu.talent.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {

    @TempDir
    Path root;

    @Test
    void bytes_are_stored_under_their_key_and_read_back_with_nothing_left_over() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        byte[] bytes = SampleFiles.png();

        long size = store.put("ZZ/01ABCDEFGHJKMNPQRSTVWXZZ", new ByteArrayInputStream(bytes));

        assertThat(size).isEqualTo(bytes.length);
        assertThat(Files.readAllBytes(root.resolve("ZZ/01ABCDEFGHJKMNPQRSTVWXZZ"))).isEqualTo(bytes);
        try (InputStream in = store.open("ZZ/01ABCDEFGHJKMNPQRSTVWXZZ")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(SampleFiles.filesUnder(root)).as("no temporary file remains").isEqualTo(1);
    }

    @Test
    void a_stream_that_fails_half_way_leaves_nothing_behind() {
        LocalFileStore store = new LocalFileStore(root);
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.put("AB/KEY", failing)).isInstanceOf(IOException.class);

        assertThat(SampleFiles.filesUnder(root)).isZero();
    }

    @Test
    void deleting_removes_the_bytes_and_deleting_twice_is_fine() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        store.put("AB/KEY", new ByteArrayInputStream(SampleFiles.pdf()));

        store.delete("AB/KEY");
        store.delete("AB/KEY");

        assertThat(root.resolve("AB/KEY")).doesNotExist();
        assertThatThrownBy(() -> store.open("AB/KEY")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void keys_that_could_leave_the_store_are_refused() {
        LocalFileStore store = new LocalFileStore(root.resolve("files"));
        for (String key : new String[] {"../secret", "AB/../../secret", "/etc/passwd", "AB\\KEY", "", "AB//KEY", "a.pdf"}) {
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[1]))).as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SampleFiles.filesUnder(root)).isZero();
    }
}
