package studio.vive.booking.ratelimit;

import io.github.bucket4j.BucketConfiguration;

/**
 * A {@link NamedLimit} as token buckets: {@code requests} tokens, refilled greedily over
 * {@code period}, one bucket per client.
 */
final class Budget {

    private final NamedLimit limit;
    private final BucketConfiguration configuration;
    private final String keyPrefix;

    Budget(NamedLimit limit) {
        this.limit = limit;
        this.configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
        // The size of the budget is part of the key: a bucket keeps the configuration it was created
        // with, so instances configured differently (a rollout changing the limit, a test instance on
        // the same database) count in buckets of their own instead of one using the other's size.
        this.keyPrefix = limit.name() + "|" + limit.requests() + "/" + limit.period() + "|";
    }

    NamedLimit limit() {
        return limit;
    }

    BucketConfiguration configuration() {
        return configuration;
    }

    /** The key of {@code client}'s bucket in this budget. */
    String keyOf(String client) {
        return keyPrefix + client;
    }
}
