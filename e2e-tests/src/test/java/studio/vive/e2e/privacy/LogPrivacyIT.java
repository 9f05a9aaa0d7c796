package studio.vive.e2e.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.e2e.booking.SentPersonalData;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * Runs last: after everything the suite did, no service log holds a client's name, email address
 * or phone number that the suite sent, nor any screening answer.
 */
@E2eTest
@Order(Integer.MAX_VALUE)
class LogPrivacyIT {

    /** A screening answer written out with its value, as JSON, toString() or key=value. */
    private static final Pattern SCREENING_ANSWER = Pattern.compile(
            "(bowelOrBladderProblems|suddenWeightLoss|persistentFever|legPain|legWeaknessNumbnessTingling"
                    + "|followedSevereFallOrAccident|firstEpisode|historyOfCancer|osteoporosis|steroidUse"
                    + "|excessiveDrugOrAlcoholUse|painDurationDays|improving|cause)\"?\\s*[:=]\\s*\"?"
                    + "(true|false|NONE|ABOVE_KNEE|BELOW_KNEE|SPORT_INJURY|MUSCLE_IMBALANCE|POSTURE|OTHER|UNKNOWN|\\d+)\\b");

    private final PlatformStack stack;

    LogPrivacyIT(PlatformStack stack) {
        this.stack = stack;
    }

    @Test
    void noServiceLogContainsAContactDetailTheSuiteSent() {
        Set<String> sent = SentPersonalData.values();
        List<String> leaks = new ArrayList<>();
        for (Path log : logs()) {
            List<String> lines = read(log);
            for (int i = 0; i < lines.size(); i++) {
                for (String value : sent) {
                    if (lines.get(i).contains(value)) {
                        leaks.add(log.getFileName() + ":" + (i + 1) + " holds a value the suite sent as a contact detail");
                    }
                }
            }
        }
        assertThat(sent).as("the suite recorded what it sent").isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    @Test
    void noServiceLogContainsAScreeningAnswer() {
        List<String> leaks = new ArrayList<>();
        for (Path log : logs()) {
            List<String> lines = read(log);
            for (int i = 0; i < lines.size(); i++) {
                if (SCREENING_ANSWER.matcher(lines.get(i)).find()) {
                    leaks.add(log.getFileName() + ":" + (i + 1) + ": " + lines.get(i));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private List<Path> logs() {
        List<Path> logs = stack.serviceLogs();
        assertThat(logs).as("service logs of the run").isNotEmpty();
        return logs;
    }

    private static List<String> read(Path log) {
        try {
            // Malformed bytes (a hostile request echoed raw) must not hide the rest of the file.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
