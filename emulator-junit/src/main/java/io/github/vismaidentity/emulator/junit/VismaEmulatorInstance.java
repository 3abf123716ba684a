package io.github.vismaidentity.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link io.github.vismaidentity.emulator.VismaEmulator} that {@link VismaEmulatorExtension}
 * sets to the test class's running emulator: a static field before the class's {@code @BeforeAll} methods, an
 * instance field when the test instance is made. The field must not be final.
 *
 * <pre>{@code
 * @WithVismaEmulator
 * class TokenTest {
 *     @VismaEmulatorInstance
 *     static VismaEmulator visma;
 * }
 * }</pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface VismaEmulatorInstance {
}
