package com.example.myapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.junit.VismaEmulatorInstance;
import io.github.vismaidentity.emulator.junit.WithVismaEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/guides/testing.md, kept here so that it compiles and passes: an application deployed as
 * {@code myapp.war} on port 8080, with its own client registered at the emulator.
 */
@WithVismaEmulator(clientId = "my-app", clientSecret = "my-app-secret",
        redirectUris = "http://localhost:8080/myapp/visma/callback",
        postLogoutRedirectUris = "http://localhost:8080/myapp/")
class VismaAtTheEmulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirect

    @VismaEmulatorInstance
    static VismaEmulator visma;

    @Test
    void theIssuerToConfigureIsTheOneDiscoveryNames() throws Exception {
        // visma.identity.issuer=visma.issuer(), visma.identity.api-base-url=visma.apiBaseUri(): the extension
        // refuses to deploy when discovery names another issuer than the configured one.
        HttpResponse<String> discovery = get(visma.discoveryUri());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains(visma.issuer().replace("/", "\\/")); // JSON escapes the slashes
    }

    @Test
    void theCallbackWithTheContextRootIsRegisteredAndTheOneWithoutItIsNot() throws Exception {
        assertThat(authorize("http://localhost:8080/myapp/visma/callback").statusCode()).isEqualTo(302);
        assertThat(authorize("http://localhost:8080/visma/callback").statusCode()).isEqualTo(400);
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_REUSES)).isZero();
    }

    private static HttpResponse<String> authorize(String redirectUri) throws Exception {
        URI uri = URI.create(visma.authorizationEndpoint() + "?response_type=code&client_id=my-app"
                + "&scope=openid%20offline_access%20ea:api&state=s1&nonce=n1&redirect_uri=" + redirectUri);
        return get(uri);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
