package studio.vive.booking.booking;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Checks that a request body is exactly one well-formed JSON document in valid UTF-8: no trailing
 * content (a second object after the first would otherwise be silently ignored), no comments,
 * single quotes, NaN or trailing commas, and bounded nesting.
 */
final class StrictJson {

    private static final int MAX_NESTING = 32;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    private StrictJson() {
    }

    /** Whether {@code body} is one complete JSON value and nothing else. */
    static boolean isSingleDocument(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            int depth = 0;
            JsonToken token = parser.nextToken();
            if (token == null) {
                return false;
            }
            while (token != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    // decoding the text validates its UTF-8
                    case VALUE_STRING, FIELD_NAME -> parser.getText();
                    default -> { }
                }
                if (depth == 0) {
                    return parser.nextToken() == null;
                }
                token = parser.nextToken();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
