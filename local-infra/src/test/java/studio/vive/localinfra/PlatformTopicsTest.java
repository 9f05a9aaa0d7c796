package studio.vive.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import studio.vive.contracts.Topics;

class PlatformTopicsTest {

    @Test
    void everyContractTopicAndItsDeadLetterTopicIsListedButNoHeader() {
        assertThat(PlatformTopics.all()).containsExactlyInAnyOrder(
                Topics.BOOKING_REQUESTED, Topics.BOOKING_REQUESTED + ".dlt",
                Topics.SCREENING_OUTCOMES, Topics.SCREENING_OUTCOMES + ".dlt",
                Topics.BOOKING_LIFECYCLE, Topics.BOOKING_LIFECYCLE + ".dlt",
                Topics.RECHECK_SUBMITTED, Topics.RECHECK_SUBMITTED + ".dlt",
                Topics.RESCREEN_REQUESTED, Topics.RESCREEN_REQUESTED + ".dlt");
    }
}
