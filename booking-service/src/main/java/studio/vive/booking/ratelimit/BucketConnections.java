package studio.vive.booking.ratelimit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * The rate limiter's own small pool of connections to booking's database (the coordinates of
 * {@code datasources.default}). Deliberately not a {@link DataSource} bean: it is no datasource of
 * the application (no transactions, no health check of its own) and stays out of Micronaut Data's
 * hands; the limiter's database is the service's one.
 */
@Singleton
class BucketConnections implements AutoCloseable {

    private final HikariDataSource pool;

    BucketConnections(@Value("${datasources.default.url}") String url,
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
        this.pool = new HikariDataSource(config);
    }

    DataSource pool() {
        return pool;
    }

    @Override
    @PreDestroy
    public void close() {
        pool.close();
    }
}
