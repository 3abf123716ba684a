package io.github.vismaidentity.emulator.identity;

import com.nimbusds.jwt.JWTParser;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /connect/endsession} (OpenID Connect RP-Initiated Logout): ends the browser's sign-in and,
 * when {@code post_logout_redirect_uri} is registered for the client named by {@code client_id} or
 * by the {@code id_token_hint}'s audience, sends the browser there with {@code state}.
 */
final class EndSessionEndpoint implements Handler {

    private final Directory directory;
    private final SignInSessions sessions;

    EndSessionEndpoint(Directory directory, SignInSessions sessions) {
        this.directory = directory;
        this.sessions = sessions;
    }

    @Override
    public void handle(HttpCall call) throws IOException, HttpProblem {
        FormParameters params = call.method().equals("POST") ? call.form() : call.query();
        Optional<String> target = params.get("post_logout_redirect_uri");
        if (target.isPresent() && !registered(params, target.get())) {
            throw HttpProblem.invalidRequest("post_logout_redirect_uri '" + target.get()
                    + "' is not registered for the client named by client_id or id_token_hint");
        }
        sessions.end(call);
        if (target.isEmpty()) {
            call.html(200, LoginPages.error("Signed out", "You are signed out of Visma eAccounting."));
            return;
        }
        String state = params.get("state").map(value -> (target.get().contains("?") ? "&" : "?") + "state="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).orElse("");
        call.redirect(URI.create(target.get() + state));
    }

    private boolean registered(FormParameters params, String target) {
        return clientIds(params).stream()
                .map(directory::client)
                .flatMap(Optional::stream)
                .map(Client::postLogoutRedirectUris)
                .flatMap(List::stream)
                .anyMatch(uri -> uri.toString().equals(target));
    }

    private static List<String> clientIds(FormParameters params) {
        if (params.get("client_id").isPresent()) {
            return List.of(params.get("client_id").get());
        }
        try {
            // The hint only names the client; an expired ID token is still a valid hint.
            return params.get("id_token_hint").isPresent()
                    ? JWTParser.parse(params.get("id_token_hint").get()).getJWTClaimsSet().getAudience()
                    : List.of();
        } catch (ParseException e) {
            return List.of();
        }
    }
}
