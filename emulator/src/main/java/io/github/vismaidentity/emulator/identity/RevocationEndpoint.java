package io.github.vismaidentity.emulator.identity;

import com.nimbusds.jwt.JWTParser;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.grants.GrantStore;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;
import java.text.ParseException;

/**
 * {@code /connect/revocation} (RFC 7009): revoking a refresh token ends its whole sign-in (every
 * token of the family); revoking an access token ends only it. Unknown tokens also get HTTP 200.
 */
final class RevocationEndpoint implements Handler {

    private final ClientAuthenticator clients;
    private final GrantStore grants;
    private final Counters counters;

    RevocationEndpoint(ClientAuthenticator clients, GrantStore grants, Counters counters) {
        this.clients = clients;
        this.grants = grants;
        this.counters = counters;
    }

    @Override
    public void handle(HttpCall call) throws IOException, HttpProblem {
        FormParameters form = TokenEndpoint.formOf(call, counters);
        Client client = clients.authenticate(call, form);
        String token = form.require("token");
        grants.revokeRefreshToken(token, client);
        try {
            grants.revokeAccessToken(JWTParser.parse(token).getJWTClaimsSet().getJWTID(), client);
        } catch (ParseException notAJwt) {
            // a refresh token, or nothing the emulator issued: RFC 7009 answers 200 all the same
        }
        call.respond(200, null, "");
    }
}
