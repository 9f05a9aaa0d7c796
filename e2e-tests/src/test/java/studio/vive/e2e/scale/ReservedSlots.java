package studio.vive.e2e.scale;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.booking.SlotPlanner;

/**
 * Slots taken from the run's planner before a fault: the planner reads availability from the first
 * booking instance, which the fault may kill; the stream then still has slots to book on the other.
 */
final class ReservedSlots implements Supplier<Slot> {

    private final Deque<Slot> reserved = new ArrayDeque<>();
    private final SlotPlanner planner;

    ReservedSlots(SlotPlanner planner, int count) {
        this.planner = planner;
        for (int i = 0; i < count; i++) {
            reserved.add(planner.next());
        }
    }

    @Override
    public synchronized Slot get() {
        return reserved.isEmpty() ? planner.next() : reserved.removeFirst();
    }
}
