package io.github.vismaidentity.cdi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Servlets, filters and servlet listeners: not CDI beans, but the server injects them, and it makes one
 * instance that serves every request. Known by name, as the types of a class, without loading servlet classes.
 */
final class ServletComponents {

    private static final String SERVLET = "jakarta.servlet.Servlet";
    private static final String FILTER = "jakarta.servlet.Filter";
    private static final String PACKAGE = "jakarta.servlet.";
    private static final String LISTENER = "Listener";

    private ServletComponents() {
    }

    static boolean isOne(Set<Type> types) {
        return types.stream().map(ServletComponents::name).anyMatch(name -> name.equals(SERVLET)
                || name.equals(FILTER) || (name.startsWith(PACKAGE) && name.endsWith(LISTENER)));
    }

    /** {@code servlet}, {@code filter} or {@code listener}, for messages. */
    static String kind(Set<Type> types) {
        Set<String> names = types.stream().map(ServletComponents::name).collect(Collectors.toSet());
        return names.contains(SERVLET) ? "servlet" : names.contains(FILTER) ? "filter" : "listener";
    }

    private static String name(Type type) {
        Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
        return raw instanceof Class<?> named ? named.getName() : "";
    }
}
