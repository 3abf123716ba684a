package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaToken;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessSessionBean;

import java.lang.reflect.Constructor;
import java.lang.reflect.Member;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps {@code @Inject @VismaToken String} ({@link TokenStringProducer}) out of beans that outlive a request. A
 * string cannot be proxied, so it is read when the bean is made; in a longer-lived bean it would keep the first
 * caller's token for every later caller, also after it expired. Such beans fail the deployment.
 */
final class TokenStrings {

    /** {@code @VismaToken String} injected into a bean that outlives a request. */
    static final String OUTLIVES_REQUEST = "VISMAID1021";

    private TokenStrings() {
    }

    /** The deployment problem of this bean, if it injects the string and lives longer than a request. */
    static Optional<String> problem(ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        // Session beans (EJBs) are pooled or kept across requests whatever CDI scope they report.
        boolean perRequest = !(event instanceof ProcessSessionBean<?>)
                && (bean.getScope() == RequestScoped.class || bean.getScope() == Dependent.class);
        if (perRequest) {
            return Optional.empty();
        }
        String where = bean.getInjectionPoints().stream().filter(TokenStrings::isTokenString)
                .map(TokenStrings::describe).sorted().collect(Collectors.joining(", "));
        if (where.isEmpty()) {
            return Optional.empty();
        }
        String lifetime = event instanceof ProcessSessionBean<?> ? "an EJB session bean"
                : "@" + bean.getScope().getSimpleName();
        return Optional.of(OUTLIVES_REQUEST + ": @Inject @VismaToken String in " + where + ", which is "
                + lifetime + ": the string is read once, when the bean is made, so every later caller would get "
                + "the first caller's access token, also after it expired. Inject @VismaToken VismaAccessToken "
                + "(a request-scoped proxy: token.value() is always the current caller's), or "
                + "@VismaToken Instance<String> and call get() where the token is used, or move the injection "
                + "into a @RequestScoped bean.");
    }

    private static boolean isTokenString(InjectionPoint point) {
        return point.getType() == String.class
                && point.getQualifiers().stream().anyMatch(q -> q.annotationType() == VismaToken.class);
    }

    private static String describe(InjectionPoint point) {
        Member member = point.getMember();
        return member.getDeclaringClass().getName()
                + (member instanceof Constructor<?> ? " (constructor)" : "." + member.getName());
    }
}
