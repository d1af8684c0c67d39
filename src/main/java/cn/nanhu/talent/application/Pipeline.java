package cn.nanhu.talent.application;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves of an application and who may make each, as one table. The employer moves an
 * application forward or rejects it; the seeker can only withdraw, and not once hired. A new
 * interview round is INTERVIEW → INTERVIEW. Final statuses have no way out.
 */
public final class Pipeline {

    /** Who asks for a move. */
    public enum Actor { EMPLOYER, SEEKER }

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> EMPLOYER_MOVES = new EnumMap<>(ApplicationStatus.class);
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> SEEKER_MOVES = new EnumMap<>(ApplicationStatus.class);

    static {
        EMPLOYER_MOVES.put(ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.VIEWED, ApplicationStatus.REJECTED));
        EMPLOYER_MOVES.put(ApplicationStatus.VIEWED, EnumSet.of(ApplicationStatus.INTERVIEW, ApplicationStatus.REJECTED));
        EMPLOYER_MOVES.put(ApplicationStatus.INTERVIEW, EnumSet.of(ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER, ApplicationStatus.REJECTED));
        EMPLOYER_MOVES.put(ApplicationStatus.OFFER, EnumSet.of(ApplicationStatus.HIRED, ApplicationStatus.REJECTED));
        for (ApplicationStatus s : EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.VIEWED, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER)) {
            SEEKER_MOVES.put(s, EnumSet.of(ApplicationStatus.WITHDRAWN));
        }
        for (ApplicationStatus s : ApplicationStatus.values()) {
            EMPLOYER_MOVES.putIfAbsent(s, EnumSet.noneOf(ApplicationStatus.class));
            SEEKER_MOVES.putIfAbsent(s, EnumSet.noneOf(ApplicationStatus.class));
        }
    }

    private Pipeline() {
    }

    public static boolean allowed(Actor actor, ApplicationStatus from, ApplicationStatus to) {
        return (actor == Actor.EMPLOYER ? EMPLOYER_MOVES : SEEKER_MOVES).get(from).contains(to);
    }

    /** No one can move it any more. */
    public static boolean isFinal(ApplicationStatus s) {
        return EMPLOYER_MOVES.get(s).isEmpty() && SEEKER_MOVES.get(s).isEmpty();
    }

    /** Whether the seeker is still in the running: the employer is working on it. */
    public static boolean isOpen(ApplicationStatus s) {
        return !isFinal(s);
    }
}
