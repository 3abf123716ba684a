package io.github.vismaidentity.emulator.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the annotated class only when {@link VismaEmulatorExtensionTest} runs it through the engine test kit, not
 * when surefire finds it itself (as it does with {@code -Dtest=VismaEmulatorExtension*}): some are meant to fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ThroughTestKit.Condition.class)
@interface ThroughTestKit {

    String PARAMETER = "emulator-junit.through-test-kit";

    /** Enabled only with the configuration parameter the test kit sets. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run through the engine test kit")
                    : ConditionEvaluationResult.disabled("a sample class for VismaEmulatorExtensionTest");
        }
    }
}
