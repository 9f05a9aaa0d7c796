package studio.vive.bench.cost;

import java.util.Map;

/**
 * CPU used so far by each account, in clock ticks (a process that could not be read is absent).
 *
 * @param ticks         by account
 * @param ticksPerSecond the kernel's clock ticks per second
 */
public record CpuSnapshot(Map<CpuAccount, Long> ticks, long ticksPerSecond) {
}
