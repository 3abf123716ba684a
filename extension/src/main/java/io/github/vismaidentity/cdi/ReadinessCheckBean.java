package io.github.vismaidentity.cdi;

import io.github.vismaidentity.health.VismaIdentityHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.PassivationCapable;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * The {@code @Readiness HealthCheck} bean, written out rather than made with {@code AfterBeanDiscovery.addBean()}:
 * Weld puts a configurator's bean in the bean archive of the extension, but a {@code Bean} object in the archive of
 * its {@linkplain #getBeanClass() bean class}, here the application's class that carries the annotation.
 * WildFly's MicroProfile Health, a server module, looks for checks only in the application's own archives; in
 * the archive WildFly makes for the extension jar the check was never listed in {@code /health/ready}.
 */
final class ReadinessCheckBean implements Bean<HealthCheck>, PassivationCapable {

    private final VismaIdentity identity;
    private final Class<?> applicationClass;

    ReadinessCheckBean(VismaIdentity identity, Class<?> applicationClass) {
        this.identity = identity;
        this.applicationClass = applicationClass;
    }

    @Override
    public Class<?> getBeanClass() {
        return applicationClass;
    }

    @Override
    public Set<Type> getTypes() {
        return Set.of(HealthCheck.class, Object.class);
    }

    @Override
    public Set<Annotation> getQualifiers() {
        return Set.of(Readiness.Literal.INSTANCE, Any.Literal.INSTANCE);
    }

    @Override
    public Class<? extends Annotation> getScope() {
        return ApplicationScoped.class;
    }

    @Override
    public String getName() {
        return null;
    }

    @Override
    public Set<Class<? extends Annotation>> getStereotypes() {
        return Set.of();
    }

    @Override
    public boolean isAlternative() {
        return false;
    }

    @Override
    public Set<InjectionPoint> getInjectionPoints() {
        return Set.of();
    }

    @Override
    public HealthCheck create(CreationalContext<HealthCheck> context) {
        return new VismaIdentityHealthCheck(identity.discovery(), identity::store, identity.clientId(),
                identity.clock());
    }

    @Override
    public void destroy(HealthCheck instance, CreationalContext<HealthCheck> context) {
        context.release();
    }

    @Override
    public String getId() {
        return ReadinessCheckBean.class.getName() + "#" + applicationClass.getName();
    }
}
