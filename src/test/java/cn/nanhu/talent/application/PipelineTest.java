package cn.nanhu.talent.application;

import static cn.nanhu.talent.application.ApplicationStatus.HIRED;
import static cn.nanhu.talent.application.ApplicationStatus.INTERVIEW;
import static cn.nanhu.talent.application.ApplicationStatus.OFFER;
import static cn.nanhu.talent.application.ApplicationStatus.REJECTED;
import static cn.nanhu.talent.application.ApplicationStatus.SUBMITTED;
import static cn.nanhu.talent.application.ApplicationStatus.VIEWED;
import static cn.nanhu.talent.application.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.application.Pipeline.Actor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The application pipeline as one table: every pair of statuses for both actors against a table
 * written out here, and properties of random request sequences run through a small model that
 * takes only the moves the pipeline allows.
 */
class PipelineTest {

    /** actor:from>to, exactly the moves that are allowed; everything else is not. */
    private static final Set<String> ALLOWED = Set.of(
            "EMPLOYER:SUBMITTED>VIEWED", "EMPLOYER:SUBMITTED>REJECTED",
            "EMPLOYER:VIEWED>INTERVIEW", "EMPLOYER:VIEWED>REJECTED",
            "EMPLOYER:INTERVIEW>INTERVIEW", "EMPLOYER:INTERVIEW>OFFER", "EMPLOYER:INTERVIEW>REJECTED",
            "EMPLOYER:OFFER>HIRED", "EMPLOYER:OFFER>REJECTED",
            "SEEKER:SUBMITTED>WITHDRAWN", "SEEKER:VIEWED>WITHDRAWN", "SEEKER:INTERVIEW>WITHDRAWN", "SEEKER:OFFER>WITHDRAWN");

    private static final Set<ApplicationStatus> FINAL = EnumSet.of(HIRED, REJECTED, WITHDRAWN);

    private static boolean expected(Actor actor, ApplicationStatus from, ApplicationStatus to) {
        return ALLOWED.contains(actor + ":" + from + ">" + to);
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> all = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (ApplicationStatus from : ApplicationStatus.values()) {
                for (ApplicationStatus to : ApplicationStatus.values()) {
                    all.add(Arguments.of(actor, from, to));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("everyPair")
    void each_move_is_allowed_exactly_when_the_table_says_so(Actor actor, ApplicationStatus from, ApplicationStatus to) {
        assertThat(Pipeline.allowed(actor, from, to)).as(actor + ": " + from + " -> " + to).isEqualTo(expected(actor, from, to));
    }

    @Test
    void the_table_covers_all_98_cases_and_has_13_moves() {
        assertThat(everyPair().count()).isEqualTo(98);
        assertThat(ApplicationStatus.values()).hasSize(7);
        assertThat(everyPair().filter(a -> Pipeline.allowed((Actor) a.get()[0], (ApplicationStatus) a.get()[1],
                (ApplicationStatus) a.get()[2])).count()).isEqualTo(ALLOWED.size()).isEqualTo(13);
    }

    @Test
    void final_and_open_are_as_documented() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertThat(Pipeline.isFinal(s)).as("isFinal(" + s + ")").isEqualTo(FINAL.contains(s));
            assertThat(Pipeline.isOpen(s)).as("isOpen(" + s + ")").isEqualTo(!FINAL.contains(s));
        }
    }

    // ---- properties ----

    /** One request: who asks, and for which status. */
    record Request(Actor actor, ApplicationStatus to) {
    }

    /** What the model did with one request. */
    record Step(Request request, ApplicationStatus from, ApplicationStatus after, boolean accepted) {
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        return Combinators.combine(Arbitraries.of(Actor.class), Arbitraries.of(ApplicationStatus.class))
                .as(Request::new).list().ofMaxSize(60);
    }

    /** Starts at SUBMITTED and takes each request the pipeline allows, ignoring the rest. */
    private static List<Step> run(List<Request> requests) {
        List<Step> steps = new ArrayList<>();
        ApplicationStatus status = SUBMITTED;
        for (Request r : requests) {
            boolean ok = Pipeline.allowed(r.actor(), status, r.to());
            ApplicationStatus after = ok ? r.to() : status;
            steps.add(new Step(r, status, after, ok));
            status = after;
        }
        return steps;
    }

    private static Set<ApplicationStatus> reachableFromSubmitted() {
        Set<ApplicationStatus> seen = EnumSet.of(SUBMITTED);
        Deque<ApplicationStatus> todo = new ArrayDeque<>(List.of(SUBMITTED));
        while (!todo.isEmpty()) {
            ApplicationStatus from = todo.pop();
            for (Actor actor : Actor.values()) {
                for (ApplicationStatus to : ApplicationStatus.values()) {
                    if (expected(actor, from, to) && seen.add(to)) {
                        todo.push(to);
                    }
                }
            }
        }
        return seen;
    }

    @Property
    void a_final_status_once_reached_is_never_left(@ForAll("requests") List<Request> requests) {
        ApplicationStatus finalReached = null;
        for (Step s : run(requests)) {
            if (finalReached != null) {
                assertThat(s.accepted()).as("a move out of " + finalReached + ": " + s).isFalse();
                assertThat(s.after()).isEqualTo(finalReached);
            }
            if (FINAL.contains(s.after())) {
                finalReached = s.after();
            }
        }
    }

    @Property
    void every_status_reached_is_reachable_by_moves_in_the_table(@ForAll("requests") List<Request> requests) {
        Set<ApplicationStatus> reachable = reachableFromSubmitted();
        assertThat(reachable).containsExactlyInAnyOrder(ApplicationStatus.values());
        for (Step s : run(requests)) {
            assertThat(reachable).contains(s.after());
            if (s.accepted()) {
                assertThat(expected(s.request().actor(), s.from(), s.after())).as("took " + s).isTrue();
            } else {
                assertThat(s.after()).isEqualTo(s.from());
                assertThat(expected(s.request().actor(), s.from(), s.request().to())).as("refused " + s).isFalse();
            }
        }
    }

    @Property
    void hired_is_only_ever_reached_from_offer_by_the_employer(@ForAll("requests") List<Request> requests) {
        for (Step s : run(requests)) {
            if (s.accepted() && s.after() == HIRED) {
                assertThat(s.from()).isEqualTo(OFFER);
                assertThat(s.request().actor()).isEqualTo(Actor.EMPLOYER);
            }
        }
    }

    @Property
    void the_seeker_only_ever_withdraws(@ForAll("requests") List<Request> requests) {
        for (Step s : run(requests)) {
            if (s.accepted() && s.request().actor() == Actor.SEEKER) {
                assertThat(s.after()).isEqualTo(WITHDRAWN);
            }
            if (s.accepted() && s.after() == WITHDRAWN) {
                assertThat(s.request().actor()).isEqualTo(Actor.SEEKER);
            }
        }
    }

    @Property
    void the_seeker_may_ask_for_nothing_but_withdrawn(@ForAll Actor actor, @ForAll ApplicationStatus from, @ForAll ApplicationStatus to) {
        if (actor == Actor.SEEKER && to != WITHDRAWN) {
            assertThat(Pipeline.allowed(actor, from, to)).isFalse();
        }
        if (actor == Actor.EMPLOYER && to == WITHDRAWN) {
            assertThat(Pipeline.allowed(actor, from, to)).isFalse();
        }
    }

    @Property
    void final_statuses_have_no_way_out(@ForAll Actor actor, @ForAll ApplicationStatus from, @ForAll ApplicationStatus to) {
        if (FINAL.contains(from)) {
            assertThat(Pipeline.allowed(actor, from, to)).as(actor + ": " + from + " -> " + to).isFalse();
        }
        // and nothing leads back to where an application starts
        assertThat(Pipeline.allowed(actor, from, SUBMITTED)).isFalse();
    }

    @Property
    void is_final_means_no_allowed_move(@ForAll ApplicationStatus status) {
        boolean anyMove = false;
        for (Actor actor : Actor.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                anyMove |= Pipeline.allowed(actor, status, to);
            }
        }
        assertThat(Pipeline.isFinal(status)).as("isFinal(" + status + ")").isEqualTo(!anyMove);
        assertThat(Pipeline.isOpen(status)).isEqualTo(anyMove);
    }
}
