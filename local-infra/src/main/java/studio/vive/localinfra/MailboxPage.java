package studio.vive.localinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small web page listing the mail the embedded SMTP server received (newest first: from, to,
 * subject, date) with a view of each message. For people using the local stack; tests read mail
 * over IMAP instead.
 *
 * <p>Everything shown comes from mail anyone can send to the server, so all of it is HTML-escaped,
 * and HTML bodies are served on their own with a sandboxing Content-Security-Policy (no script,
 * no requests out) and shown in a sandboxed frame.
 */
public final class MailboxPage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxPage.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private static final int BACKLOG = 16;
    private static final int REFRESH_SECONDS = 5;
    private static final String HTML = "text/html; charset=utf-8";

    private final EmbeddedMail mail;
    private final int port;
    private final ZoneId zone;
    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param mail the server whose mail is shown
     * @param port the HTTP port on 127.0.0.1
     * @param zone the time zone dates are shown in
     */
    public MailboxPage(EmbeddedMail mail, int port, ZoneId zone) {
        this.mail = mail;
        this.port = FreePort.fixedOrPick(port);
        this.zone = zone;
    }

    /** Starts serving. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Mailbox page cannot listen on port " + port, e);
        }
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mailbox-page");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("Mailbox page on {}", url());
    }

    /** Stops serving. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
    }

    /** {@code http://localhost:<port>}. */
    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, page("Method not allowed", "<p>Only GET.</p>"));
                return;
            }
            URI uri = exchange.getRequestURI();
            switch (uri.getPath()) {
                case "/" -> respond(exchange, 200, inbox());
                case "/message" -> message(exchange, query(uri));
                case "/message/html" -> messageHtml(exchange, query(uri));
                default -> respond(exchange, 404, page("Not found", "<p><a href=\"/\">All mail</a></p>"));
            }
        } catch (RuntimeException e) {
            LOG.warn("Mailbox page failed to answer", e);
        }
    }

    private String inbox() {
        List<ReceivedMail> received = mail.receivedMail();
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"meta\">").append(received.size()).append(" message(s), newest first. ")
                .append("Read them over IMAP too: ").append(escape(mail.host())).append(':').append(mail.imapPort())
                .append(", the recipient's address as user name and password. Refreshes every ")
                .append(REFRESH_SECONDS).append(" s.</p>");
        if (received.isEmpty()) {
            body.append("<p>No mail yet.</p>");
            return page("Mailbox", body.toString(), true);
        }
        body.append("<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>");
        for (ReceivedMail each : received) {
            String link = "/message?mailbox=" + URLEncoder.encode(each.mailbox(), StandardCharsets.UTF_8) + "&uid=" + each.uid();
            body.append("<tr><td>").append(escape(DATE.format(each.received().atZone(zone))))
                    .append("</td><td>").append(escape(from(each.message())))
                    .append("</td><td>").append(escape(each.mailbox()))
                    .append("</td><td><a href=\"").append(escape(link)).append("\">")
                    .append(escape(orEmpty(subject(each.message())))).append("</a></td></tr>");
        }
        body.append("</tbody></table>");
        return page("Mailbox", body.toString(), true);
    }

    private void message(HttpExchange exchange, Map<String, String> query) throws IOException {
        String mailbox = query.getOrDefault("mailbox", "");
        Long uid = parseUid(query.get("uid"));
        MimeMessage message = uid == null ? null : mail.message(mailbox, uid);
        if (message == null) {
            respond(exchange, 404, page("No such message", "<p><a href=\"/\">All mail</a></p>"));
            return;
        }
        MessageText text = MessageText.of(message);
        StringBuilder body = new StringBuilder("<p><a href=\"/\">&larr; All mail</a></p><table class=\"headers\">");
        header(body, "From", from(message));
        header(body, "To", mailbox);
        header(body, "Subject", orEmpty(subject(message)));
        header(body, "Date", sentDate(message));
        if (!text.attachments().isEmpty()) {
            header(body, "Attached", String.join(", ", text.attachments()));
        }
        body.append("</table>");
        if (text.plain() != null) {
            body.append("<h2>Text</h2><pre>").append(escape(text.plain())).append("</pre>");
        }
        if (text.html() != null) {
            String source = "/message/html?mailbox=" + URLEncoder.encode(mailbox, StandardCharsets.UTF_8) + "&uid=" + uid;
            body.append("<h2>HTML</h2><iframe sandbox=\"\" src=\"").append(escape(source)).append("\"></iframe>");
        }
        if (text.plain() == null && text.html() == null) {
            body.append("<p>This message has no text body.</p>");
        }
        respond(exchange, 200, page(orEmpty(subject(message)), body.toString()));
    }

    /** The HTML body as sent, in its own sandbox: no script, no requests out, a unique origin. */
    private void messageHtml(HttpExchange exchange, Map<String, String> query) throws IOException {
        Long uid = parseUid(query.get("uid"));
        MimeMessage message = uid == null ? null : mail.message(query.getOrDefault("mailbox", ""), uid);
        String html = message == null ? null : MessageText.of(message).html();
        if (html == null) {
            respond(exchange, 404, page("No such message", "<p><a href=\"/\">All mail</a></p>"));
            return;
        }
        send(exchange, 200, html, "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    }

    private static void header(StringBuilder body, String name, String value) {
        body.append("<tr><th>").append(name).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static String page(String title, String body) {
        return page(title, body, false);
    }

    private static String page(String title, String body, boolean refresh) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + (refresh ? "<meta http-equiv=\"refresh\" content=\"" + REFRESH_SECONDS + "\">" : "")
                + "<title>" + escape(title) + " · Vive local mail</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}"
                + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}"
                + ".headers th{width:6rem}.meta{color:#666}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}"
                + "iframe{width:100%;height:32rem;border:1px solid #ddd}"
                + "</style></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, html, "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'");
    }

    private static void send(HttpExchange exchange, int status, String html, String contentSecurityPolicy) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", HTML);
        exchange.getResponseHeaders().set("Content-Security-Policy", contentSecurityPolicy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static Long parseUid(String uid) {
        try {
            return uid == null ? null : Long.parseLong(uid);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from == null || from.length == 0 ? "" : from[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private String sentDate(MimeMessage message) {
        try {
            return message.getSentDate() == null ? "" : DATE.format(message.getSentDate().toInstant().atZone(zone));
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String orEmpty(String value) {
        return value == null || value.isBlank() ? "(no subject)" : value;
    }

    /** Escapes text for both element content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
