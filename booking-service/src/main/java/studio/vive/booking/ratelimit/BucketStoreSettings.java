package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Where the buckets live ({@code vive.rate-limit.store}): booking's own PostgreSQL, through a small
 * pool of its own.
 *
 * @param poolSize          connections of the limiter's pool; separate from the service's pool so a
 *                          flood of refused requests cannot take the connections bookings need
 * @param connectionTimeout how long a request waits for one of them before it is let through
 *                          unlimited (see {@link BucketStore}); short, unlike the service's 15 s
 * @param queryTimeout      how long one bucket update may take on the wire before it is given up
 * @param cleanupBatch      expired buckets deleted per statement by {@link ExpiredBuckets}
 */
@ConfigurationProperties("vive.rate-limit.store")
public record BucketStoreSettings(
        @Min(1) int poolSize,
        @NotNull Duration connectionTimeout,
        @NotNull Duration queryTimeout,
        @Min(1) int cleanupBatch) {
}
