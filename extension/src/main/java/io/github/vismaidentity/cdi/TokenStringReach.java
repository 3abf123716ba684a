package io.github.vismaidentity.cdi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;

import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Follows injection points through {@code @Dependent} beans to a {@code @VismaToken String}. A dependent bean
 * lives as long as whatever it is injected into, so one held by an application-scoped bean or a servlet is made
 * once and keeps the string it read then. A bean of any other scope is a proxy (or already checked on its own),
 * and {@code Instance}, {@code Provider} and {@code InjectionPoint} are built-in beans without injection points,
 * so the walk stops there.
 */
final class TokenStringReach {

    private final BeanManager beans;

    TokenStringReach(BeanManager beans) {
        this.beans = beans;
    }

    /** Before the beans are known: only injection points that are the string themselves. */
    static TokenStringReach directOnly() {
        return new TokenStringReach(null);
    }

    /**
     * The path from this injection point to a {@code @VismaToken String} through dependent beans, such as
     * {@code a.Holder.header -> a.Header.token}, or empty when it reaches none.
     */
    Optional<String> from(InjectionPoint point) {
        return from(point, new HashSet<>());
    }

    private Optional<String> from(InjectionPoint point, Set<Bean<?>> seen) {
        if (TokenStrings.isTokenString(point)) {
            return Optional.of(TokenStrings.describe(point));
        }
        Bean<?> bean = resolve(point);
        if (bean == null || bean.getScope() != Dependent.class || !seen.add(bean)) {
            return Optional.empty();
        }
        for (InjectionPoint inner : bean.getInjectionPoints()) {
            Optional<String> found = from(inner, seen);
            if (found.isPresent()) {
                return Optional.of(TokenStrings.describe(point) + " -> " + found.get());
            }
        }
        return Optional.empty();
    }

    private Bean<?> resolve(InjectionPoint point) {
        if (beans == null || point.isDelegate()) {
            return null;
        }
        try {
            return beans.resolve(beans.getBeans(point.getType(), point.getQualifiers().toArray(new Annotation[0])));
        } catch (RuntimeException unresolvable) {
            // Ambiguous or unsatisfied: the container reports that itself, with its own message.
            return null;
        }
    }
}
