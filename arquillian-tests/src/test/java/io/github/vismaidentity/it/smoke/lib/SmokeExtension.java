package io.github.vismaidentity.it.smoke.lib;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Registers the spike's beans the way the real extension will: nothing here is found by bean discovery,
 * because this class's jar has no beans.xml and its classes no bean-defining annotation.
 */
public class SmokeExtension implements Extension {

    /** The MicroProfile Config key the test's {@code @Deployment} method writes. */
    public static final String ISSUER_KEY = "smoke.emulator.issuer";

    private static volatile String issuerSeenAtAfterBeanDiscovery;

    void addWriter(@Observes BeforeBeanDiscovery bbd, BeanManager beanManager) {
        bbd.addAnnotatedType(RequiresNewWriter.class, RequiresNewWriter.class.getName());
    }

    void addMechanism(@Observes AfterBeanDiscovery abd) {
        String issuer = ConfigProvider.getConfig().getValue(ISSUER_KEY, String.class);
        issuerSeenAtAfterBeanDiscovery = issuer;
        abd.addBean()
                .beanClass(SmokeMechanism.class)
                .types(HttpAuthenticationMechanism.class, Object.class)
                .scope(ApplicationScoped.class)
                .produceWith(instance -> new SmokeMechanism(issuer));
    }

    /** What {@link ConfigProvider} returned inside the AfterBeanDiscovery observer. */
    public static String issuerSeenAtAfterBeanDiscovery() {
        return issuerSeenAtAfterBeanDiscovery;
    }
}
