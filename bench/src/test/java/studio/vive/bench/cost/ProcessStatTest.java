package studio.vive.bench.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessStatTest {

    /** A JVM's line, its command holding a space and parentheses; utime 1234, stime 567, cutime 8, cstime 9. */
    private static final String JAVA = "4242 (java (x)) S 17 4242 17 0 -1 4194560 52613 0 0 0 1234 567 8 9 20 0 41 0 "
            + "881234 3970744320 51021 18446744073709551615 1 1 0 0 0 0 4 0 16800975 0 0 0 17 1 0 0 0 0 0";

    @Test
    void readsTheCommandBetweenTheFirstAndTheLastParenthesis() {
        assertThat(ProcessStat.parse(JAVA).command()).isEqualTo("java (x)");
    }

    @Test
    void countsTheNumericFieldsFromTheLastParenthesis() {
        ProcessStat stat = ProcessStat.parse(JAVA);

        assertThat(stat.pid()).isEqualTo(4242);
        assertThat(stat.parentPid()).isEqualTo(17);
        assertThat(stat.userTicks()).isEqualTo(1234);
        assertThat(stat.systemTicks()).isEqualTo(567);
        assertThat(stat.reapedTicks()).isEqualTo(8 + 9);
    }

    @Test
    void ownTicksAreUserPlusSystem() {
        assertThat(ProcessStat.parse(JAVA).ownTicks()).isEqualTo(1234 + 567);
    }

    @Test
    void aLineWithoutACommandIsRefused() {
        assertThatThrownBy(() -> ProcessStat.parse("4242 S 17")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsThisProcessFromProc() {
        ProcessStat self = ProcessStat.read(ProcessHandle.current().pid()).orElseThrow();

        assertThat(self.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(self.ownTicks()).isPositive();
    }
}
