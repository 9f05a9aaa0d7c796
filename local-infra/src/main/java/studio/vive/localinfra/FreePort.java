package studio.vive.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Chooses a free TCP port on the loopback interface.
 *
 * <p>The embedded servers pick their ephemeral port once, here, rather than asking the server to
 * bind port 0: a restart must come back on the same port so clients can reconnect.
 */
public final class FreePort {

    private FreePort() {
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on the loopback interface", e);
        }
    }

    /** {@code port} itself when it is fixed (non-zero), otherwise a free one. */
    public static int fixedOrPick(int port) {
        return port == 0 ? pick() : port;
    }
}
