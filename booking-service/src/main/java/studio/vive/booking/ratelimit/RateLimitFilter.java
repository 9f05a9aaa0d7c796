package studio.vive.booking.ratelimit;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Every rate limit of {@code vive.rate-limit.limits}: a request served by a limited route takes a
 * token from its client's bucket of that limit, or is answered 429 with {@code Retry-After}.
 * Runs before the security and anti-forgery filters, so refused guesses cost no bcrypt.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RateLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

    private final LimitedRoutes routes;
    private final ClientAddresses clients;
    private final BucketStore buckets;
    private final Refusals refusals;
    private final Scheduler blocking;

    RateLimitFilter(LimitedRoutes routes, ClientAddresses clients, BucketStore buckets, Refusals refusals,
                    @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.routes = routes;
        this.clients = clients;
        this.buckets = buckets;
        this.refusals = refusals;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> limit(HttpRequest<?> request,
                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        Optional<Budget> budget = routes.budgetOf(request);
        if (budget.isEmpty()) {
            return chain.proceed();
        }
        String client = clients.of(request);
        // The bucket lives in the database: take the token off the event loop, then go back to the
        // request's event loop, which alone may read the body the next filters and the route bind.
        return Mono.fromCallable(() -> buckets.take(budget.get(), client))
                .subscribeOn(blocking)
                .publishOn(eventLoopOf(request))
                .flatMap(wait -> wait.isEmpty() ? Mono.from(chain.proceed())
                        : Mono.just(refused(request, budget.get().limit(), wait.get())));
    }

    private static Scheduler eventLoopOf(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> netty
                ? Schedulers.fromExecutor(netty.getChannelHandlerContext().channel().eventLoop())
                : Schedulers.immediate();
    }

    private MutableHttpResponse<?> refused(HttpRequest<?> request, NamedLimit limit, Duration wait) {
        LOG.warn("Requests of one client exceed rate limit {}; refusing for {} s", limit.name(), wait.toSeconds());
        return refusals.refuse(request, limit, wait);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
