package io.github.vismaidentity.cdi;

import io.github.vismaidentity.health.VismaIdentityHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

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

    static void register(AfterBeanDiscovery event, VismaIdentity identity) {
        event.addBean()
                .beanClass(VismaIdentityHealthCheck.class)
                .types(HealthCheck.class, Object.class)
                .qualifiers(Readiness.Literal.INSTANCE)
                .scope(ApplicationScoped.class)
                .produceWith(beans -> new VismaIdentityHealthCheck(identity.discovery(), identity::store));
    }
}
