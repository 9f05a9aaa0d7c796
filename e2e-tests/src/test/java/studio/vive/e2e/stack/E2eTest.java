package studio.vive.e2e.stack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** An end-to-end test class: runs against the shared {@link PlatformStack}, one instance per class. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PlatformStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface E2eTest {
}
