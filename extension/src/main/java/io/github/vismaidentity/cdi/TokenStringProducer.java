package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaToken;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * {@code @VismaToken String}, the signed-in caller's access token value, read through the request-scoped
 * {@code @VismaToken VismaAccessToken}; {@link TokenStrings} keeps it out of beans that outlive a request. Added
 * to the deployment only when the extension is active. A producer method rather than a synthetic bean, because
 * Weld keeps no reference to what a producer without disposer makes, so {@code Instance<String>.get()} on
 * every use in an application-scoped bean does not pile up strings for the application's lifetime.
 */
@Dependent
class TokenStringProducer {

    @Produces
    @VismaToken
    static String accessToken(@VismaToken VismaAccessToken current) {
        return current.value();
    }
}
