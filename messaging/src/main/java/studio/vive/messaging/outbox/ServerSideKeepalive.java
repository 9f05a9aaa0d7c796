package studio.vive.messaging.outbox;

import java.time.Duration;

/**
 * The server's side of the relay's session: how PostgreSQL notices that the relay is gone when
 * the network loses it silently (no FIN, no RST: a pulled cable, a dead NAT entry, a frozen VM).
 *
 * <p>Why: the relay's advisory lock lives as long as its session on the server. The relay's own
 * socket timeout lets the relay notice a dead server, but the server only notices a dead relay
 * through TCP keepalive, after about two hours by default; all that time no standby relay can
 * take the lock and the outbox stalls. These settings make the server probe an idle session after
 * a third of {@code peerLossTimeout} and give up on unacknowledged data after all of it.
 *
 * @param idleSeconds     {@code tcp_keepalives_idle}: silence before the first probe
 * @param intervalSeconds {@code tcp_keepalives_interval}: between probes
 * @param count           {@code tcp_keepalives_count}: unanswered probes before the session is dropped
 * @param userTimeoutMs   {@code tcp_user_timeout}: unacknowledged data before the session is dropped
 */
record ServerSideKeepalive(long idleSeconds, long intervalSeconds, int count, long userTimeoutMs) {

    private static final int PROBES = 3;

    static ServerSideKeepalive of(Duration peerLossTimeout) {
        long total = Math.max(PROBES, peerLossTimeout.toSeconds());
        long idle = Math.max(1, total / PROBES);
        long interval = Math.max(1, (total - idle) / PROBES);
        return new ServerSideKeepalive(idle, interval, PROBES, peerLossTimeout.toMillis());
    }

    /** The libpq/pgjdbc {@code options} that set these for the session at connection start. */
    String options() {
        return "-c tcp_keepalives_idle=" + idleSeconds + " -c tcp_keepalives_interval=" + intervalSeconds
                + " -c tcp_keepalives_count=" + count + " -c tcp_user_timeout=" + userTimeoutMs;
    }
}
