package org.tarjoman.api.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a browser test class when Debian's Chromium or chromedriver is missing, unless external services are required. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    Path CHROMIUM = Path.of("/usr/bin/chromium");
    Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = unavailableReason();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM + ", driver at " + CHROMEDRIVER);
            }
            if (ExternalService.required()) {
                throw new IllegalStateException(reason + "; external services are required (-DrequireExternal=true)");
            }
            return ConditionEvaluationResult.disabled("SKIPPED: " + reason
                    + ". Install the Debian packages chromium and chromium-driver (see .ci/run) to run the browser tests.");
        }

        static String unavailableReason() {
            for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
                if (!Files.isExecutable(binary)) {
                    return binary + " is not installed";
                }
            }
            return null;
        }
    }
}
