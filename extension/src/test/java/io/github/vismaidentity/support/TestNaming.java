package io.github.vismaidentity.support;

import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.spi.InitialContextFactory;
import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JNDI with nothing but the names a test binds, for code that looks a datasource up as it does in a server:
 * set the system property {@value Context#INITIAL_CONTEXT_FACTORY} to this class. Only {@code lookup(String)}
 * and {@code close()} work; anything else is a test's mistake and says so.
 */
public final class TestNaming implements InitialContextFactory {

    private static final Map<String, Object> BOUND = new ConcurrentHashMap<>();

    public static void bind(String name, Object value) {
        BOUND.put(name, value);
    }

    public static void unbind(String name) {
        BOUND.remove(name);
    }

    @Override
    public Context getInitialContext(Hashtable<?, ?> environment) {
        return (Context) Proxy.newProxyInstance(TestNaming.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "lookup" -> {
                        Object found = BOUND.get(String.valueOf(args[0]));
                        if (found == null) {
                            throw new NameNotFoundException(args[0] + " is not bound");
                        }
                        yield found;
                    }
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException("TestNaming has no " + method.getName());
                });
    }
}
