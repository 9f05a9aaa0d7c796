package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A database the limiter cannot reach lets requests through rather than failing them. */
class BucketStoreTest {

    @Test
    void aStoreThatCannotBeReachedLetsTheRequestThrough() {
        BucketStore store = new BucketStore(new UnreachableBuckets());
        Budget budget = new Budget(new NamedLimit("bookings", true, 1, Duration.ofMinutes(1),
                List.of("POST /api/bookings"), "detail", "title", "reason"));

        assertThat(store.take(budget, "127.0.0.1")).isEmpty();
        assertThat(store.take(budget, "127.0.0.1")).isEmpty();
    }

    /** Every use fails as Bucket4j's JDBC proxy manager does when the pool has no connection. */
    private static final class UnreachableBuckets implements ProxyManager<String> {

        @Override
        public RemoteBucketBuilder<String> builder() {
            throw new IllegalStateException("Connection is not available, request timed out after 2000ms");
        }

        @Override
        public Optional<BucketConfiguration> getProxyConfiguration(String key) {
            throw new IllegalStateException("unreachable");
        }

        @Override
        public void removeProxy(String key) {
            throw new IllegalStateException("unreachable");
        }

        @Override
        public boolean isAsyncModeSupported() {
            return false;
        }

        @Override
        public AsyncProxyManager<String> asAsync() {
            throw new UnsupportedOperationException();
        }
    }
}
