package io.github.vismaidentity.sample.web;

import jakarta.servlet.http.HttpServletRequest;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A posted form as a servlet sees it: its parameters, and nothing else a test should need. */
final class FormRequests {

    private FormRequests() {
    }

    static HttpServletRequest posting(Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(FormRequests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getParameter")) {
                        return parameters.get((String) arguments[0]);
                    }
                    throw new UnsupportedOperationException("A form request answers getParameter only, not "
                            + method.getName());
                });
    }
}
