package cn.nanhu.talent.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the platform accepts, recognised by their leading "magic" bytes. The client's
 * file name and declared Content-Type are never trusted: a renamed script stays a script.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** How many leading bytes {@link #sniff} needs to see. */
    public static final int HEAD_BYTES = 8;

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature the content starts with, or empty when it is none we accept. */
    public static Optional<FileType> sniff(byte[] head) {
        for (FileType type : values()) {
            if (head.length >= type.magic.length
                    && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type a stored content type stands for. */
    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }
}
