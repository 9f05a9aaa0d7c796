package studio.vive.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * A port offset under which every port of the local stack is free right now, so the smoke test can
 * run beside {@code ./run-local} and beside another build's smoke test on the same machine.
 */
final class FreePortOffset {

    /** The local stack's documented ports (Kafka and its controller, PostgreSQL, mail, page, services). */
    private static final List<Integer> STACK_PORTS = List.of(9092, 9093, 5432, 3025, 3143, 8025, 8080, 8081, 8082);
    /** Below the kernel's ephemeral range (32768+), where nothing picks ports by chance. */
    private static final int FIRST = 20000;
    private static final int STEP = 100;
    private static final int TRIES = 30;

    private FreePortOffset() {
    }

    static int find() {
        for (int i = 0; i < TRIES; i++) {
            int offset = FIRST + i * STEP;
            if (STACK_PORTS.stream().allMatch(port -> isFree(port + offset))) {
                return offset;
            }
        }
        throw new IllegalStateException("no port offset with every local stack port free in " + TRIES + " tries");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
