package cn.nanhu.talent.files;

import cn.nanhu.talent.support.Api;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Real PDF, JPEG and PNG bytes made in the test, and uploads of them through the endpoint. */
final class SampleFiles {

    static final int TEN_MB = 10 * 1024 * 1024;

    private SampleFiles() {
    }

    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        return image("jpg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF header followed by padding, exactly {@code size} bytes long. */
    static byte[] pdfOfSize(int size) {
        byte[] bytes = Arrays.copyOf(pdf(), size);
        Arrays.fill(bytes, pdf().length, size, (byte) ' ');
        return bytes;
    }

    static Response upload(Api.Session who, byte[] bytes, String fileName, String mimeType, String purpose) {
        return send(who.as(), bytes, fileName, mimeType, purpose);
    }

    static Response send(RequestSpecification request, byte[] bytes, String fileName, String mimeType, String purpose) {
        RequestSpecification r = request.multiPart("file", fileName, bytes, mimeType);
        if (purpose != null) {
            r = r.multiPart("purpose", purpose);
        }
        return r.when().post("/api/v1/files");
    }

    /** Uploads and answers the new file's id. */
    static String uploaded(Api.Session who, byte[] bytes, String purpose) {
        Response r = upload(who, bytes, "upload.bin", "application/octet-stream", purpose);
        r.then().statusCode(201);
        return r.jsonPath().getString("id");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many files the store holds under {@code root}, counting any left-over temporary ones. */
    static long filesUnder(Path root) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format, int type) {
        BufferedImage image = new BufferedImage(3, 2, type);
        image.setRGB(0, 0, Color.RED.getRGB());
        image.setRGB(2, 1, Color.BLUE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
