package studio.vive.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * A fixed number of clients, each sending its next booking as soon as the previous one is answered,
 * for a fixed time: the API's throughput and latency at that concurrency.
 */
public final class ClosedLoopLoad {

    private ClosedLoopLoad() {
    }

    /**
     * @param slots plenty of planned slots: the run stops early, with what it did, if they run out
     */
    public static LoadResult run(BookingSubmitter submitter, List<Slot> slots, int concurrency, Duration duration) {
        Iterator<Slot> next = slots.iterator();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "bench-client");
            thread.setDaemon(true);
            return thread;
        });
        Instant started = Instant.now();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<List<Submission>>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(clients.submit(() -> {
                List<Submission> mine = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    Slot slot;
                    synchronized (next) {
                        if (!next.hasNext()) {
                            break;
                        }
                        slot = next.next();
                    }
                    mine.add(submitter.submit(slot));
                }
                return mine;
            }));
        }
        List<Submission> all = new ArrayList<>();
        try {
            for (Future<List<Submission>> client : running) {
                all.addAll(client.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            clients.shutdownNow();
        }
        Instant ended = Instant.now();
        return new LoadResult(started, ended, Duration.between(started, ended), all);
    }
}
