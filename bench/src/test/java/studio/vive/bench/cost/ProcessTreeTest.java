package studio.vive.bench.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    private static final ProcessStat POSTMASTER = new ProcessStat(100, "postgres", 1, 10, 5, 40);

    @Test
    void aTreeCostsItsRootItsReapedChildrenAndEveryLiveDescendant() {
        List<ProcessStat> table = List.of(POSTMASTER,
                new ProcessStat(101, "postgres: booking", 100, 200, 30, 0),
                new ProcessStat(102, "postgres: parallel worker", 101, 7, 3, 0),
                new ProcessStat(200, "java (unrelated)", 1, 9999, 9999, 0));

        assertThat(ProcessTree.ticks(POSTMASTER, table)).isEqualTo((10 + 5 + 40) + (200 + 30) + (7 + 3));
    }
}
