package cn.nanhu.talent.fair;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.fair.FairDtos.CheckinView;
import cn.nanhu.talent.fair.FairDtos.Signup;
import cn.nanhu.talent.fair.FairDtos.TicketView;
import cn.nanhu.talent.identity.AccountDeleted;
import cn.nanhu.talent.wechat.WeChatGateway;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Seekers' tickets to fairs: one each, never more than the capacity (a conditional update of the
 * fair's count, so concurrent sign-ups cannot overshoot), a code staff check in once.
 */
@ApplicationScoped
public class FairTickets {

    /** Unambiguous when read aloud or typed: no 0/O, 1/I/L. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int CODE_LENGTH = 10;
    /** Doors open this long before the start. */
    static final Duration CHECKIN_EARLY = Duration.ofHours(2);
    static final String TICKET_PAGE = "pages/fair/ticket";

    private final SecureRandom random = new SecureRandom();
    private final WeChatGateway wechat;
    private final EntityManager em;
    private final Tally tally;
    private final Clock clock;

    public FairTickets(WeChatGateway wechat, EntityManager em, Tally tally, Clock clock) {
        this.wechat = wechat;
        this.em = em;
        this.clock = clock;
        this.tally = tally;
    }

    /**
     * The fair's row is locked first, so one seeker's double tap, or many seekers at once, take
     * their turn: the second tap finds the first ticket (409), and the count never passes the capacity.
     */
    @Transactional
    public Signup signup(String userId, String fairId) {
        Fair f = FairService.locked(fairId);
        Fair.Status status = f.statusAt(OffsetDateTime.now(clock));
        if (status == Fair.Status.DRAFT) {
            throw new ApiException.NotFound("没有这个招聘会 / no such fair");
        }
        if (status != Fair.Status.PUBLISHED && status != Fair.Status.ONGOING) {
            throw new ApiException.InvalidState("招聘会" + FairService.label(status) + "，不能报名 / a " + status + " fair takes no sign-ups");
        }
        if (FairTicket.count("fairId = ?1 and userId = ?2", f.id, userId) > 0) {
            throw new ApiException.Conflict("你已报名这个招聘会 / you already have a ticket to this fair");
        }
        int taken = em.createNativeQuery("update fair set signups = signups + 1 where id = ?1 and signups < capacity")
                .setParameter(1, f.id).executeUpdate();
        if (taken == 0) {
            throw new ApiException.Conflict("名额已满 / the fair is full");
        }
        FairTicket t = new FairTicket();
        t.id = Ids.newId(clock);
        t.fairId = f.id;
        t.userId = userId;
        t.ticketCode = newCode();
        t.createdAt = OffsetDateTime.now(clock);
        t.persist();
        tally.fairTicket(t.id);
        return new Signup(t.id, t.ticketCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TicketView> mine(String userId) {
        return FairTicket.<FairTicket>list("userId = ?1 order by id desc", userId).stream().map(this::view).toList();
    }

    /** The mini-program code of one of the caller's tickets, which staff scan at the door. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] code(String userId, String ticketId) {
        FairTicket t = own(userId, ticketId);
        return wechat.unlimitedCode("t=" + t.ticketCode, TICKET_PAGE, 430);
    }

    /** Checks a ticket in at its fair's door, once; from two hours before the start until the end. */
    @Transactional
    public CheckinView checkin(String staffId, String fairId, String ticketCode) {
        Fair f = FairService.find(fairId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String code = ticketCode.strip().toUpperCase(Locale.ROOT);
        FairTicket t = FairTicket.<FairTicket>find("fairId = ?1 and ticketCode = ?2", f.id, code).firstResult();
        if (t == null) {
            throw new ApiException.NotFound("这个招聘会没有这张票 / no such ticket for this fair");
        }
        if (!f.isPublic() || now.isBefore(f.startAt.minus(CHECKIN_EARLY)) || !now.isBefore(f.endAt)) {
            throw new ApiException.InvalidState("现在不在入场时间内 / check-in is open from two hours before the start to the end");
        }
        int done = FairTicket.update("checkedInAt = ?1, checkedInBy = ?2 where id = ?3 and checkedInAt is null", now, staffId, t.id);
        if (done == 0) {
            throw new ApiException.Conflict("这张票已经签到过 / this ticket is already checked in");
        }
        tally.fairTicket(t.id);
        return new CheckinView(t.id, f.id, now);
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        // the fair's figures keep the count; the ticket names no one (its own id stands in)
        FairTicket.update("userId = id where userId = ?1", event.userId());
    }

    private FairTicket own(String userId, String id) {
        FairTicket t = Ids.looksLikeId(id) ? FairTicket.findById(id) : null;
        if (t == null || !t.userId.equals(userId)) {
            throw new ApiException.NotFound("没有这张票 / no such ticket");
        }
        return t;
    }

    private String newCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            char[] c = new char[CODE_LENGTH];
            for (int i = 0; i < c.length; i++) {
                c[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
            }
            String code = new String(c);
            if (FairTicket.count("ticketCode", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free ticket code after 5 attempts");
    }

    private TicketView view(FairTicket t) {
        Fair f = Fair.findById(t.fairId);
        return new TicketView(t.id, f.id, f.title, f.statusAt(OffsetDateTime.now(clock)).name(), f.startAt, f.endAt, f.venue,
                t.ticketCode, t.checkedInAt);
    }
}
