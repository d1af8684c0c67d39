package cn.nanhu.talent.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void pdf_jpeg_and_png_are_recognised_by_their_leading_bytes() {
        assertThat(FileType.sniff(head(SampleFiles.pdf()))).contains(FileType.PDF);
        assertThat(FileType.sniff(head(SampleFiles.jpeg()))).contains(FileType.JPEG);
        assertThat(FileType.sniff(head(SampleFiles.png()))).contains(FileType.PNG);
        assertThat(FileType.sniff(bytes(0xFF, 0xD8, 0xFF))).as("the bare JPEG signature").contains(FileType.JPEG);
        assertThat(FileType.sniff("%PDF-".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
    }

    @Test
    void anything_else_is_not_recognised() {
        assertThat(FileType.sniff(new byte[0])).isEmpty();
        assertThat(FileType.sniff(ascii("hello, this is text"))).isEmpty();
        assertThat(FileType.sniff(ascii("%PDF"))).as("a cut-off signature").isEmpty();
        assertThat(FileType.sniff(ascii("%PDX-1.4"))).isEmpty();
        assertThat(FileType.sniff(ascii(" %PDF-1.4"))).as("the signature must come first").isEmpty();
        assertThat(FileType.sniff(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(FileType.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, 0x00))).as("one wrong byte").isEmpty();
        assertThat(FileType.sniff(ascii("GIF89a"))).isEmpty();
        assertThat(FileType.sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\">"))).isEmpty();
        assertThat(FileType.sniff(bytes('P', 'K', 3, 4))).as("a zip, e.g. a .docx").isEmpty();
    }

    @Test
    void the_stored_content_type_leads_back_to_the_type_and_its_extension() {
        for (FileType type : FileType.values()) {
            assertThat(FileType.ofContentType(type.contentType())).contains(type);
        }
        assertThat(FileType.JPEG.extension()).isEqualTo("jpg");
        assertThat(FileType.ofContentType("text/html")).isEmpty();
    }

    private static byte[] head(byte[] content) {
        return Arrays.copyOf(content, Math.min(content.length, FileType.HEAD_BYTES));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
