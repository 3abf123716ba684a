package io.github.vismaidentity.metrics;

import io.github.vismaidentity.observe.Observer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the application cannot see OpenTelemetry (Payara 6), the extension reports to no metrics and loads none of it. */
class MetricsTest {

    @Test
    void whereTheApplicationCannotSeeOpenTelemetryTheMetricsAreNoneAndNoClassOfItIsLoaded() throws Exception {
        WithoutOpenTelemetry loader = new WithoutOpenTelemetry(MetricsTest.class.getClassLoader());
        Class<?> metrics = loader.loadClass(Metrics.class.getName());
        Class<?> observerType = loader.loadClass(Observer.class.getName());

        Supplier<Map<?, ?>> noSets = Map::of;
        Object observer = metrics.getMethod("forServer", ClassLoader.class, Supplier.class)
                .invoke(null, loader, noSets);
        Method report = observerType.getMethod("tokenEndpointError", String.class);
        report.invoke(observer, "invalid_grant");

        assertThat(observer).isSameAs(observerType.getField("NONE").get(null));
        assertThat(loader.asked).contains(Metrics.API_CLASS);
        assertThat(loader.defined).contains(Metrics.class.getName())
                .noneMatch(name -> name.equals(OpenTelemetryMetrics.class.getName()));
    }

    @Test
    void whereTheApplicationSeesOpenTelemetryTheMetricsWaitForTheFirstReport() {
        Observer observer = Metrics.forServer(MetricsTest.class.getClassLoader(), Map::of);

        assertThat(observer).isInstanceOf(OnFirstUse.class);
    }

    /**
     * The application's class loader on a server without OpenTelemetry: the extension's classes defined anew
     * (so that they resolve through it), {@code io.opentelemetry} not found.
     */
    private static final class WithoutOpenTelemetry extends ClassLoader {

        final Set<String> asked = ConcurrentHashMap.newKeySet();
        final Set<String> defined = ConcurrentHashMap.newKeySet();

        WithoutOpenTelemetry(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.opentelemetry.")) {
                asked.add(name);
                throw new ClassNotFoundException(name + " (hidden: this server has no OpenTelemetry)");
            }
            if (!name.startsWith("io.github.vismaidentity.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> known = findLoadedClass(name);
                if (known == null) {
                    known = define(name);
                }
                if (resolve) {
                    resolveClass(known);
                }
                return known;
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                defined.add(name);
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
