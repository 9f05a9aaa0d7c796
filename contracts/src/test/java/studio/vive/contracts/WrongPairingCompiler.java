package studio.vive.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles one statement against the contracts, inside a class whose {@code append} and
 * {@code read} have the signatures of {@code Outbox.append} and {@code InboundEvents.process}.
 */
final class WrongPairingCompiler {

    private static final String SOURCE = """
            import java.util.function.Consumer;
            import studio.vive.contracts.*;
            class Pairing {
                static <T extends IntegrationEvent> void append(EventTopic<T> topic, T event) { }
                static <T extends IntegrationEvent> void read(EventTopic<T> topic, Consumer<T> handler) { }
                void statement(BookingCleared cleared) { %s; }
            }
            """;

    private WrongPairingCompiler() {
    }

    static boolean compiles(String statement) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Pairing.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return SOURCE.formatted(statement);
            }
        };
        try {
            Path out = Files.createTempDirectory("pairing");
            List<String> options = List.of("-classpath", contractsClasses(), "-d", out.toString(), "-proc:none");
            return compiler.getTask(null, null, diagnostic -> { }, options, null, List.of(source)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contractsClasses() {
        try {
            return Path.of(EventTopic.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
