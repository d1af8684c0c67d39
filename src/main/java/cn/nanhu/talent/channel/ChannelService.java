package cn.nanhu.talent.channel;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.channel.ChannelDtos.ApiKeyIssued;
import cn.nanhu.talent.channel.ChannelDtos.ChannelRequest;
import cn.nanhu.talent.channel.ChannelDtos.ChannelView;
import cn.nanhu.talent.channel.ChannelDtos.Created;
import cn.nanhu.talent.channel.ChannelDtos.FilterBody;
import cn.nanhu.talent.channel.ChannelDtos.SecretIssued;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.reference.DictDtos.DivisionView;
import cn.nanhu.talent.reference.DictDtos.UniversityView;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Channels as admins run them: create, edit (optimistic version), enable and disable, and their secrets. All audited. */
@ApplicationScoped
public class ChannelService {

    static final String SUBJECT = "CHANNEL";

    private final ChannelRules rules;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Pii pii;
    private final EntityManager em;
    private final Clock clock;

    public ChannelService(ChannelRules rules, ReferenceData reference, AuditLog audit, Pii pii, EntityManager em, Clock clock) {
        this.rules = rules;
        this.reference = reference;
        this.audit = audit;
        this.pii = pii;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Created create(String staffId, ChannelRequest r) {
        rules.validate(r);
        String code = r.code() == null ? "ch-" + Ids.newId(clock).substring(16).toLowerCase() : r.code();
        if (Channel.count("code", code) > 0) {
            throw new ApiException.Conflict("渠道代码已被使用 / the channel code " + code + " is taken");
        }
        Channel c = new Channel();
        c.id = Ids.newId(clock);
        c.code = code;
        c.createdBy = staffId;
        c.createdAt = OffsetDateTime.now(clock);
        c.enabled = true;
        apply(c, r);
        String apiKey = ChannelSecrets.newApiKey();
        c.apiKeyHash = ChannelSecrets.hash(apiKey);
        c.apiKeyHint = ChannelSecrets.hint(apiKey);
        String secret = ChannelSecrets.newWebhookSecret();
        c.webhookSecret = pii.encrypt(secret);
        c.persist();
        em.createNativeQuery("insert into channel_feed_seq (channel_id, last_seq) values (?1, 0)").setParameter(1, c.id).executeUpdate();
        audit.record("STAFF", staffId, "CHANNEL_CREATED", SUBJECT, c.id, Map.of("code", c.code, "name", c.name, "mode", c.mode.name()));
        return new Created(c.id, c.code, apiKey, secret);
    }

    /** Replaces the channel's settings; its code, secrets and ledger stay. A stale {@code version} is 409. */
    @Transactional
    public ChannelView update(String staffId, String id, ChannelRequest r) {
        if (r.version() == null) {
            throw InvalidInput.of("version", "修改需要 version / version is required");
        }
        Channel c = find(id);
        if (r.version() != c.version) {
            throw new ApiException.Conflict("渠道已被他人修改，请刷新后重试 / someone else changed this channel first");
        }
        if (r.code() != null && !r.code().equals(c.code)) {
            throw InvalidInput.of("code", "渠道代码不能修改 / the code of a channel cannot change");
        }
        rules.validate(r);
        apply(c, r);
        audit.record("STAFF", staffId, "CHANNEL_UPDATED", SUBJECT, c.id, Map.of("name", c.name, "mode", c.mode.name()));
        em.flush();
        return view(c);
    }

    @Transactional
    public ChannelView enable(String staffId, String id, boolean enabled) {
        Channel c = find(id);
        if (c.enabled == enabled) {
            throw new ApiException.InvalidState(enabled ? "渠道已启用 / the channel is already enabled" : "渠道已停用 / the channel is already disabled");
        }
        c.enabled = enabled;
        c.updatedAt = OffsetDateTime.now(clock);
        audit.record("STAFF", staffId, enabled ? "CHANNEL_ENABLED" : "CHANNEL_DISABLED", SUBJECT, c.id, Map.of("code", c.code));
        em.flush();
        return view(c);
    }

    /** A new feed key; the old one stops working at once. */
    @Transactional
    public ApiKeyIssued rotateKey(String staffId, String id) {
        Channel c = find(id);
        String apiKey = ChannelSecrets.newApiKey();
        c.apiKeyHash = ChannelSecrets.hash(apiKey);
        c.apiKeyHint = ChannelSecrets.hint(apiKey);
        c.updatedAt = OffsetDateTime.now(clock);
        audit.record("STAFF", staffId, "CHANNEL_KEY_ROTATED", SUBJECT, c.id, Map.of("hint", c.apiKeyHint));
        return new ApiKeyIssued(apiKey, c.apiKeyHint);
    }

    /** Takes the feed key away; the feed answers 401 until a new key is made. */
    @Transactional
    public void revokeKey(String staffId, String id) {
        Channel c = find(id);
        if (c.apiKeyHash == null) {
            throw new ApiException.InvalidState("渠道没有有效的密钥 / the channel has no key to revoke");
        }
        audit.record("STAFF", staffId, "CHANNEL_KEY_REVOKED", SUBJECT, c.id, Map.of("hint", c.apiKeyHint));
        c.apiKeyHash = null;
        c.apiKeyHint = null;
        c.updatedAt = OffsetDateTime.now(clock);
    }

    /** A new webhook signing secret; webhooks sent from now on, retries included, are signed with it. */
    @Transactional
    public SecretIssued rotateSecret(String staffId, String id) {
        Channel c = find(id);
        String secret = ChannelSecrets.newWebhookSecret();
        c.webhookSecret = pii.encrypt(secret);
        c.updatedAt = OffsetDateTime.now(clock);
        audit.record("STAFF", staffId, "CHANNEL_SECRET_ROTATED", SUBJECT, c.id, Map.of("code", c.code));
        return new SecretIssued(secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChannelView get(String id) {
        return view(find(id));
    }

    /** Every channel, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChannelView> list(PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        List<Channel> rows = (cursor == null ? Channel.<Channel>find("order by id desc")
                : Channel.<Channel>find("id < ?1 order by id desc", cursor.part(0))).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), c -> Cursor.of(c.id)).map(this::view);
    }

    static Channel find(String id) {
        Channel c = Ids.looksLikeId(id) ? Channel.findById(id) : null;
        if (c == null) {
            throw new ApiException.NotFound("没有这个渠道 / no such channel");
        }
        return c;
    }

    private void apply(Channel c, ChannelRequest r) {
        c.name = r.name().strip();
        c.kind = Channel.Kind.valueOf(r.kind());
        c.regionCode = r.regionCode() == null || r.regionCode().isBlank() ? null : r.regionCode().strip();
        c.collegeCode = r.collegeCode() == null || r.collegeCode().isBlank() ? null : r.collegeCode().strip();
        c.mode = ChannelRules.mode(r);
        c.webhookUrl = c.mode.webhook() ? r.webhookUrl().strip() : null;
        FilterBody f = r.filter();
        c.filterDistricts = f == null ? null : Channel.join(ChannelRules.clean(f.districts()));
        c.filterOccupations = f == null ? null : Channel.join(ChannelRules.clean(f.occupations()));
        c.filterEducation = f == null || f.education() == null || f.education().isBlank() ? null : f.education().strip();
        c.filterJobTypes = f == null ? null : Channel.join(ChannelRules.clean(f.jobTypes()));
        c.rateLimit = r.rateLimit();
        c.updatedAt = OffsetDateTime.now(clock);
    }

    ChannelView view(Channel c) {
        ChannelFilter f = c.filter();
        return new ChannelView(c.id, c.code, c.name, c.kind.name(), c.regionCode,
                c.regionCode == null ? null : reference.division(c.regionCode).map(DivisionView::name).orElse(null),
                c.collegeCode, c.collegeCode == null ? null : reference.university(c.collegeCode).map(UniversityView::name).orElse(null),
                c.mode.name(), c.webhookUrl, new FilterBody(f.districts(), f.occupations(), f.education(), f.jobTypes()),
                c.rateLimit, c.enabled, c.apiKeyHint, c.createdAt, c.updatedAt, c.version);
    }
}
