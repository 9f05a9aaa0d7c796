package studio.vive.notification.email;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders email bodies with Thymeleaf (through micronaut-views): {@code views/email/<name>.html}
 * in HTML mode, which escapes every value, and {@code views/email/<name>.txt} in TEXT mode (the
 * template mode follows the file extension).
 */
@Singleton
public class EmailTemplates {

    private static final String FOLDER = "email/";

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    public EmailTemplates(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
    }

    /** The HTML body of template {@code name}. */
    public String html(String name, Map<String, Object> model) {
        return render(FOLDER + name + ".html", model);
    }

    /** The plain-text body of template {@code name}. */
    public String text(String name, Map<String, Object> model) {
        return render(FOLDER + name + ".txt", model);
    }

    private String render(String view, Map<String, Object> model) {
        Writable writable = views.render(view, model, null);
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
