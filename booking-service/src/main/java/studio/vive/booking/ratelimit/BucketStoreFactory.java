package studio.vive.booking.ratelimit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The buckets of every rate limit, in table {@code rate_limit_bucket} (Flyway V3) of booking's own
 * database, so every instance of the service counts against one budget per client.
 */
@Factory
class BucketStoreFactory {

    static final String TABLE = "rate_limit_bucket";
    private static final String POOL = "rate-limit";

    @Singleton
    @Named(POOL)
    @Bean(preDestroy = "close")
    HikariDataSource bucketConnections(@Value("${datasources.default.url}") String url,
                                       @Value("${datasources.default.username}") @Nullable String username,
                                       @Value("${datasources.default.password}") @Nullable String password,
                                       BucketStoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("vive-rate-limit");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        // the service starts without this pool's first connection; a request finds out (and fails open)
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "vive-rate-limit");
        config.addDataSourceProperty("socketTimeout", String.valueOf(Math.max(1, settings.queryTimeout().toSeconds())));
        // server error details can quote row values: keep them out of exception messages and logs
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    @Singleton
    PostgreSQLSelectForUpdateBasedProxyManager<String> buckets(@Named(POOL) HikariDataSource connections) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(connections)
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
