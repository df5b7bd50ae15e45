package org.tarjoman.api.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test class when no PostgreSQL server answers, unless external services are required. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = PostgresServer.unavailableReason();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + PostgresServer.url());
            }
            if (ExternalService.required()) {
                throw new IllegalStateException(reason + "; external services are required (-DrequireExternal=true)");
            }
            return ConditionEvaluationResult.disabled("SKIPPED: " + reason
                    + ". Start PostgreSQL (see .ci/run) to run the PostgreSQL persistence tests.");
        }
    }
}
