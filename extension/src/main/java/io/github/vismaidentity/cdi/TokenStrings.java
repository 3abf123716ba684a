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
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps {@code @Inject @VismaToken String} ({@link TokenStringProducer}) out of everything that outlives a
 * request. A string cannot be proxied, so it is read when its holder is made; in a longer-lived holder it would
 * keep the first caller's token for every later caller, also after it expired. Such holders fail the deployment:
 * a bean of a longer scope, an EJB session bean, a {@code @Dependent} bean such a bean holds, and servlets,
 * filters and listeners (not beans, but the server injects them, and one instance serves every request).
 */
final class TokenStrings {

    /** {@code @VismaToken String} injected into a bean that outlives a request. */
    static final String OUTLIVES_REQUEST = "VISMAID1021";
    /** {@code @VismaToken String} in a {@code @Dependent} bean that a longer-lived bean holds. */
    static final String HELD_BY_LONGER_LIVED = "VISMAID1022";
    /** {@code @VismaToken String} reached from a servlet, filter or listener, which serves every request. */
    static final String IN_SERVLET_COMPONENT = "VISMAID1023";

    private static final String INSTEAD = ": the string is read once, when %s is made, so every later caller "
            + "would get the first caller's access token, also after it expired. Inject @VismaToken VismaAccessToken "
            + "(a request-scoped proxy: token.value() is always the current caller's), or "
            + "@VismaToken Instance<String> and call get() where the token is used";

    private TokenStrings() {
    }

    /** Whether the bean lives longer than a request: any scope but request and dependent, and every EJB. */
    static boolean outlivesRequest(ProcessBean<?> event) {
        Class<?> scope = event.getBean().getScope();
        // Session beans (EJBs) are pooled or kept across requests whatever CDI scope they report.
        return event instanceof ProcessSessionBean<?> || (scope != RequestScoped.class && scope != Dependent.class);
    }

    /** The deployment problem of this bean, if it injects the string and lives longer than a request. */
    static Optional<String> problem(ProcessBean<?> event) {
        if (!outlivesRequest(event)) {
            return Optional.empty();
        }
        Bean<?> bean = event.getBean();
        String where = bean.getInjectionPoints().stream().filter(TokenStrings::isTokenString)
                .map(TokenStrings::describe).sorted().collect(Collectors.joining(", "));
        if (where.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OUTLIVES_REQUEST + ": @Inject @VismaToken String in " + where + ", which is "
                + lifetime(event) + INSTEAD.formatted("the bean") + ", or move the injection into a @RequestScoped "
                + "bean.");
    }

    /** The problem of a longer-lived bean whose injection points reach the string through dependent beans. */
    static Optional<String> heldProblem(Bean<?> bean, String lifetime, TokenStringReach reach) {
        String paths = paths(bean.getInjectionPoints().stream().filter(point -> !isTokenString(point)).toList(),
                reach);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HELD_BY_LONGER_LIVED + ": @Inject @VismaToken String in a @Dependent bean held by "
                + bean.getBeanClass().getName() + ", which is " + lifetime + " (" + paths + "); a @Dependent bean "
                + "lives as long as its holder" + INSTEAD.formatted("the holder") + ", or make the bean that "
                + "injects the string @RequestScoped, or inject Instance<...> of it and call get() on each use.");
    }

    /** The problem of a servlet, filter or listener whose injection points reach the string. */
    static Optional<String> componentProblem(Class<?> type, Set<Type> types, Collection<InjectionPoint> points,
            TokenStringReach reach) {
        String paths = paths(points, reach);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IN_SERVLET_COMPONENT + ": @Inject @VismaToken String reached from "
                + type.getName() + ", a " + ServletComponents.kind(types) + " (" + paths + "): one instance "
                + "serves every request" + INSTEAD.formatted("it") + ", or move the "
                + "injection into a @RequestScoped bean.");
    }

    /** The lifetime of a bean that outlives the request, for messages: {@code @ApplicationScoped}. */
    static String lifetime(ProcessBean<?> event) {
        return event instanceof ProcessSessionBean<?> ? "an EJB session bean"
                : "@" + event.getBean().getScope().getSimpleName();
    }

    static boolean isTokenString(InjectionPoint point) {
        return point.getType() == String.class
                && point.getQualifiers().stream().anyMatch(q -> q.annotationType() == VismaToken.class);
    }

    static String describe(InjectionPoint point) {
        Member member = point.getMember();
        return member.getDeclaringClass().getName()
                + (member instanceof Constructor<?> ? " (constructor)" : "." + member.getName());
    }

    private static String paths(Collection<InjectionPoint> points, TokenStringReach reach) {
        return points.stream().map(reach::from).flatMap(Optional::stream).sorted()
                .collect(Collectors.joining(", "));
    }
}
