package studio.vive.bench.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU of a process and of everything it started: its own ticks, the ticks of the children it
 * already reaped (PostgreSQL's postmaster waits for every backend that disconnects), and the own
 * ticks of its live descendants, found by scanning {@code /proc/*}/stat for their parent.
 */
final class ProcessTree {

    private static final Path PROC = Path.of("/proc");

    private ProcessTree() {
    }

    /** Clock ticks used so far by {@code root} and its descendants; empty when {@code root} is gone. */
    static OptionalLong ticks(long root) {
        return ProcessStat.read(root).map(stat -> OptionalLong.of(ticks(stat, allProcesses()))).orElse(OptionalLong.empty());
    }

    /** As {@link #ticks(long)}, over a given process table (for tests). */
    static long ticks(ProcessStat root, List<ProcessStat> processes) {
        Map<Long, List<ProcessStat>> byParent = processes.stream().collect(Collectors.groupingBy(ProcessStat::parentPid));
        long total = root.ownTicks() + root.reapedTicks();
        Deque<ProcessStat> pending = new ArrayDeque<>(byParent.getOrDefault(root.pid(), List.of()));
        while (!pending.isEmpty()) {
            ProcessStat child = pending.pop();
            // A live child's own reaped children are counted in its cutime, once it waited for them.
            total += child.ownTicks() + child.reapedTicks();
            pending.addAll(byParent.getOrDefault(child.pid(), List.of()));
        }
        return total;
    }

    private static List<ProcessStat> allProcesses() {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(entry -> ProcessStat.read(entry.resolve("stat")))
                    .flatMap(java.util.Optional::stream)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
