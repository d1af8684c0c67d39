package cn.nanhu.talent.wechat;

import cn.nanhu.talent.common.Hashing;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * An in-process stand-in for WeChat, for running the service with no network and no app id.
 * Login code {@code mock:<openid>} signs in as that openid; phone code {@code mock:<11 digits>}
 * returns that number; text passes the content check unless it contains {@code 违禁}. Refused in
 * prod.
 */
final class MockWeChatClient implements WeChatClient {

    private static final Logger LOG = Logger.getLogger(MockWeChatClient.class);
    private static final Pattern OPENID = Pattern.compile("mock:([A-Za-z0-9_-]{1,64})");
    private static final Pattern PHONE = Pattern.compile("mock:(1[3-9]\\d{9})");

    @Override
    public WeChatIdentity code2Session(String code) {
        var m = OPENID.matcher(code == null ? "" : code);
        if (!m.matches()) {
            throw new WeChatException.Rejected(40029, "invalid code (mock mode expects mock:<openid>)");
        }
        return new WeChatIdentity(m.group(1), null);
    }

    @Override
    public String phoneNumber(String code) {
        var m = PHONE.matcher(code == null ? "" : code);
        if (!m.matches()) {
            throw new WeChatException.Rejected(40029, "invalid code (mock mode expects mock:<11 digits>)");
        }
        return m.group(1);
    }

    @Override
    public ContentVerdict checkText(String openid, int scene, String text) {
        return text != null && text.contains("违禁")
                ? new ContentVerdict(ContentVerdict.Suggestion.RISKY, "20001")
                : new ContentVerdict(ContentVerdict.Suggestion.PASS, "100");
    }

    /** A PNG drawn from a hash of scene and page: stable for the same input, clearly not a real code. */
    @Override
    public byte[] unlimitedCode(String scene, String page, int width) {
        int size = Math.max(64, Math.min(width, 1280));
        byte[] hash = sha256(scene + "|" + page);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(new Color(0x1A, 0x7F, 0x37));
            int cells = 16;
            int cell = size / cells;
            for (int i = 0; i < cells * cells; i++) {
                if (((hash[(i / 8) % hash.length] >> (i % 8)) & 1) == 1) {
                    g.fillRect((i % cells) * cell, (i / cells) * cell, cell, cell);
                }
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {
        LOG.infof("mock WeChat: subscribe message %s with %d fields not sent (mock mode)", templateId, data.size());
    }

    private static byte[] sha256(String text) {
        return Hashing.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
