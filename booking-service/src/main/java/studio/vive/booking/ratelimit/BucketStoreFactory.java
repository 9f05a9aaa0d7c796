package studio.vive.booking.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The buckets of every rate limit, in table {@code rate_limit_bucket} (Flyway V3) of booking's own
 * database, so every instance of the service counts against one budget per client. Bucket4j's
 * PostgreSQL module locks a client's row ({@code SELECT ... FOR UPDATE}) while it takes a token.
 */
@Factory
class BucketStoreFactory {

    private static final String TABLE = "rate_limit_bucket";

    @Singleton
    PostgreSQLSelectForUpdateBasedProxyManager<String> buckets(BucketConnections connections) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(connections.pool())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // a bucket may go as soon as it is full again: a full bucket and no bucket are the same
                // budget, so deleting it never gives a client back anything it had not regained
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }
}
