package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Client authentication at the token and revocation endpoints (RFC 6749 section 2.3.1): HTTP Basic
 * with the form-encoded id and secret ({@code client_secret_basic}), or {@code client_id} and
 * {@code client_secret} in the form ({@code client_secret_post}), never both.
 */
final class ClientAuthenticator {

    private final Directory directory;
    private final Counters counters;

    ClientAuthenticator(Directory directory, Counters counters) {
        this.directory = directory;
        this.counters = counters;
    }

    Client authenticate(HttpCall call, FormParameters form) throws HttpProblem {
        boolean basic = call.header("Authorization").isPresent();
        if (basic && form.has("client_secret")) {
            throw HttpProblem.invalidRequest("Use one client authentication method: HTTP Basic or client_secret"
                    + " in the form, not both (RFC 6749 section 2.3)");
        }
        ClientAuthentication authentication;
        try {
            authentication = ClientAuthentication.parse(call.toNimbusRequest());
        } catch (ParseException e) {
            throw failure(call, basic, "Malformed client authentication: " + e.getMessage());
        }
        Secret secret;
        if (authentication instanceof ClientSecretBasic secretBasic) {
            secret = secretBasic.getClientSecret();
        } else if (authentication instanceof ClientSecretPost secretPost) {
            secret = secretPost.getClientSecret();
        } else {
            throw failure(call, basic, "Authenticate the client with HTTP Basic (client id and secret,"
                    + " each form-encoded, then Base64) or with client_id and client_secret in the form");
        }
        Client client = directory.client(authentication.getClientID().getValue()).orElse(null);
        if (client == null || !MessageDigest.isEqual(client.secret().getBytes(StandardCharsets.UTF_8),
                secret.getValue().getBytes(StandardCharsets.UTF_8))) {
            throw failure(call, basic, "Unknown client or wrong client secret");
        }
        if (form.get("client_id").filter(id -> !id.equals(client.id())).isPresent()) {
            throw HttpProblem.invalidRequest("client_id in the form differs from the authenticated client");
        }
        return client;
    }

    private HttpProblem failure(HttpCall call, boolean basic, String description) {
        counters.increment(Counter.CLIENT_AUTHENTICATION_FAILURES);
        if (basic) {
            call.addHeader("WWW-Authenticate", "Basic realm=\"visma-emulator\"");
        }
        return new HttpProblem(401, "invalid_client", description);
    }
}
