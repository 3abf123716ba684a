package io.github.vismaidentity.cdi;

import jakarta.enterprise.inject.spi.AfterBeanDiscovery;

/**
 * Registers the readiness check. Kept apart from {@link VismaIdentityExtension} so that no class of
 * MicroProfile Health is loaded on a server without it.
 */
final class HealthRegistration {

    private HealthRegistration() {
    }

    static boolean available(ClassLoader loader) {
        try {
            Class.forName("org.eclipse.microprofile.health.HealthCheck", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static void register(AfterBeanDiscovery event, VismaIdentity identity, Class<?> applicationClass) {
        event.addBean(new ReadinessCheckBean(identity, applicationClass));
    }
}
