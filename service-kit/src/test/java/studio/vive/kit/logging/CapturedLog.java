package studio.vive.kit.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * A logback context configured from the services' real {@code logback-vive.xml} (through a
 * service-like logback.xml naming the service), whose console lines are captured.
 */
final class CapturedLog implements AutoCloseable {

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @SuppressWarnings("unchecked")
    CapturedLog(String logFormat) throws JoranException {
        // The MDC that org.slf4j.MDC writes to, as in a service (a bare LoggerContext has none).
        context.setMDCAdapter(MDC.getMDCAdapter());
        if (logFormat != null) {
            context.putProperty("LOG_FORMAT", logFormat);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(CapturedLog.class.getResource("/logback-layout-spec.xml"));
        // The configured console appender, with its real encoder, writing here instead of the console.
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().next();
        console.setOutputStream(captured);
    }

    Logger logger() {
        return context.getLogger("studio.vive.spec.Bookings");
    }

    List<String> lines() {
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Override
    public void close() {
        context.stop();
    }
}
