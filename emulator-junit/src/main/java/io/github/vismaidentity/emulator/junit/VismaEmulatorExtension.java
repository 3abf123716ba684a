package io.github.vismaidentity.emulator.junit;

import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.VismaEmulator;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link WithVismaEmulator}: one running {@link VismaEmulator} per test class, started
 * before the class's first test (or before its test instance, with {@code @TestInstance(PER_CLASS)}) and stopped
 * after its last. It resolves parameters of type {@code VismaEmulator} and sets fields annotated
 * {@link VismaEmulatorInstance}.
 *
 * <p>Annotate the class with {@link WithVismaEmulator} for the common settings. For anything else the emulator's
 * builder takes, register the extension on a static field; the builder's settings apply after the annotation's:
 *
 * <pre>{@code
 * @RegisterExtension
 * static VismaEmulatorExtension visma = VismaEmulatorExtension.configuredBy(builder -> builder
 *         .accessTokenLifetime(Duration.ofSeconds(30))
 *         .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC)));
 * }</pre>
 */
public final class VismaEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(VismaEmulatorExtension.class);
    private static final String EMULATOR = "emulator";

    private final Consumer<EmulatorBuilder> settings;

    /** The extension with the settings of the class's {@link WithVismaEmulator}, or the emulator's defaults. */
    public VismaEmulatorExtension() {
        this(builder -> { });
    }

    private VismaEmulatorExtension(Consumer<EmulatorBuilder> settings) {
        this.settings = settings;
    }

    /**
     * An extension whose emulator gets these settings, after those of the class's {@link WithVismaEmulator}.
     * Register it on a static field: on an instance field JUnit would not tell it when the class ends, and the
     * emulator would stop only when JUnit closes the class's store.
     *
     * @param settings applied to the builder before the emulator starts
     * @return the extension, for {@code @RegisterExtension}
     */
    public static VismaEmulatorExtension configuredBy(Consumer<EmulatorBuilder> settings) {
        return new VismaEmulatorExtension(Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        EmulatorFields.injectStatic(context.getRequiredTestClass(), emulator(context));
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        EmulatorFields.injectInstance(testInstance, emulator(context));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == VismaEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator(context);
    }

    /** Stops the emulator this class started; a {@code @Nested} class leaves its enclosing class's running. */
    @Override
    public void afterAll(ExtensionContext context) {
        VismaEmulator started = context.getStore(NAMESPACE).remove(EMULATOR, VismaEmulator.class);
        if (started != null) {
            started.stop();
        }
    }

    /**
     * The class's emulator, started on first use. The store's lookup sees the enclosing classes' stores, so a
     * {@code @Nested} class gets the emulator of the class around it. JUnit closes what is left in the store
     * (an {@code AutoCloseable}) when the class ends, should {@link #afterAll} not run.
     */
    private VismaEmulator emulator(ExtensionContext context) {
        ExtensionContext classContext = classLevel(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(EMULATOR, key -> start(classContext),
                VismaEmulator.class);
    }

    private static ExtensionContext classLevel(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private VismaEmulator start(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        EmulatorBuilder builder = VismaEmulator.builder();
        try {
            AnnotationSupport.findAnnotation(testClass, WithVismaEmulator.class)
                    .ifPresent(annotation -> AnnotationSettings.apply(annotation, builder));
            settings.accept(builder);
            return builder.start();
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("The Visma emulator for " + testClass.getName()
                    + " cannot start: " + e.getMessage(), e);
        }
    }
}
