package org.commitmenttracker.eventstore.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Read-your-writes waits only on the segment that handles the written event: an idle segment whose stored token lags
 * (it stores lazily) has nothing to apply and must not hold a reader up, while the segment that owns the event must
 * have passed it, gaps included.
 */
class AppliedThroughTest extends IntegrationTest {

    private static final int[] TWO_SEGMENTS = {0, 1};

    private AppliedThrough appliedThrough;
    /** The newest event of an item that segment 1 handles, with nothing after it. */
    private long written;

    @BeforeEach
    void writeAnItemForSegmentOne() {
        appliedThrough = new AppliedThrough(jdbc);
        Register register = new Register(api);
        Segment one = Segment.computeSegment(1, TWO_SEGMENTS);
        for (int attempt = 0; attempt < 64; attempt++) {
            HttpResponse<String> recorded =
                    api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10"));
            String id = Json.read(recorded.body()).get("id").asString();
            if (one.matches(Objects.hashCode(id))) {
                written = Long.parseLong(
                        recorded.headers().firstValue("Tracker-Position").orElseThrow());
                return;
            }
        }
        throw new AssertionError("no item hashed to segment 1 in 64 tries");
    }

    @Test
    void anIdleSegmentBehindTheWriteDoesNotHoldTheReaderUp() {
        assertThat(appliedThrough.check(
                        List.of(segment(0, GapAwareTrackingToken.newInstance(written - 1, List.of())), past(1)),
                        written,
                        type -> true))
                .isTrue();
    }

    @Test
    void aProcessorWithNoHandlerForTheWrittenTypeDoesNotHoldTheReaderUp() {
        List<StoredTokens.Segment> behind = List.of(
                segment(0, GapAwareTrackingToken.newInstance(written - 1, List.of())),
                segment(1, GapAwareTrackingToken.newInstance(written - 1, List.of())));
        assertThat(appliedThrough.check(behind, written, type -> !type.endsWith("PledgeGiven")))
                .isTrue();
        assertThat(appliedThrough.check(behind, written, type -> true)).isFalse();
    }

    @Test
    void eachProcessorIsAskedWhetherItHandlesAType(@Autowired ProjectionStatus status) {
        String pledge = PledgeGiven.class.getName();
        assertThat(status.handledBy(ProcessingGroups.DIRECTORY).test(pledge)).isFalse();
        assertThat(status.handledBy(ProcessingGroups.ITEMS).test(pledge)).isTrue();
        assertThat(status.handledBy(ProcessingGroups.AUDIT).test(pledge)).isTrue();
        assertThat(status.handledBy(ProcessingGroups.DIRECTORY).test(SessionHeld.class.getName()))
                .isTrue();
        assertThat(status.handledBy(ProcessingGroups.DIRECTORY).test("org.example.RenamedLongAgo"))
                .as("a type that no longer loads counts as handled: the reader waits rather than misses it")
                .isTrue();
    }

    @Test
    void theSegmentThatHandlesTheWriteMustHavePassedIt() {
        assertThat(appliedThrough.check(
                        List.of(past(0), segment(1, GapAwareTrackingToken.newInstance(written - 1, List.of()))),
                        written,
                        type -> true))
                .isFalse();
    }

    @Test
    void aWriteTheOwningSegmentSkippedAsAGapIsNotApplied() {
        assertThat(appliedThrough.check(
                        List.of(past(0), segment(1, GapAwareTrackingToken.newInstance(written + 5, List.of(written)))),
                        written,
                        type -> true))
                .isFalse();
    }

    @Test
    void aSegmentThatHasNotStartedHoldsTheReaderUp() {
        assertThat(appliedThrough.check(List.of(past(0), segment(1, null)), written, type -> true))
                .isFalse();
        assertThat(appliedThrough.check(List.of(), written, type -> true)).isFalse();
    }

    private StoredTokens.Segment past(int id) {
        return segment(id, GapAwareTrackingToken.newInstance(written + 5, List.of()));
    }

    private static StoredTokens.Segment segment(int id, GapAwareTrackingToken token) {
        return new StoredTokens.Segment(id, "node", token);
    }
}
