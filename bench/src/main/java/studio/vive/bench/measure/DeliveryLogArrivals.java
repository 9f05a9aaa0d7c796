package studio.vive.bench.measure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Arrival times from notification-service's delivery log: {@code sent_at} is written right after
 * the SMTP server's 250 reply. Used against a running stack, whose mail server is not in this JVM.
 */
public final class DeliveryLogArrivals implements MailArrivals {

    private static final String QUERY = "SELECT recipient, min(sent_at) FROM notification "
            + "WHERE status = 'SENT' AND recipient = ANY (?) GROUP BY recipient";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public DeliveryLogArrivals(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    @Override
    public Map<String, Instant> firstArrivals(Set<String> addresses) {
        Map<String, Instant> first = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement query = connection.prepareStatement(QUERY)) {
            Array array = connection.createArrayOf("varchar", addresses.toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    first.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read notification-service's delivery log", e);
        }
        return first;
    }
}
