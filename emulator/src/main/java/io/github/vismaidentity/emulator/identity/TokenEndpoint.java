package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.grants.Grant;
import io.github.vismaidentity.emulator.grants.GrantStore;
import io.github.vismaidentity.emulator.grants.IssuedAccessToken;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import io.github.vismaidentity.emulator.tokens.AccessTokens;
import io.github.vismaidentity.emulator.tokens.IdTokens;
import java.io.IOException;

/**
 * {@code /connect/token}: only form-encoded POSTs, only the authorization code and refresh token
 * grants. Every response carries a new refresh token; the one redeemed is spent.
 */
final class TokenEndpoint implements Handler {

    private final ClientAuthenticator clients;
    private final GrantStore grants;
    private final AccessTokens accessTokens;
    private final IdTokens idTokens;
    private final Counters counters;

    TokenEndpoint(ClientAuthenticator clients, GrantStore grants, AccessTokens accessTokens, IdTokens idTokens,
                  Counters counters) {
        this.clients = clients;
        this.grants = grants;
        this.accessTokens = accessTokens;
        this.idTokens = idTokens;
        this.counters = counters;
    }

    @Override
    public void handle(HttpCall call) throws IOException, HttpProblem {
        FormParameters form = formOf(call, counters);
        countGrant(form.get("grant_type").orElse(""));
        Client client = clients.authenticate(call, form);
        AuthorizationGrant grant;
        try {
            grant = AuthorizationGrant.parse(form.asMultimap());
        } catch (ParseException e) {
            String error = e.getErrorObject() == null ? "invalid_request" : e.getErrorObject().getCode();
            throw new HttpProblem(400, error, e.getMessage());
        }
        if (grant instanceof AuthorizationCodeGrant codeGrant) {
            GrantStore.RedeemedCode redeemed = grants.redeemCode(codeGrant.getAuthorizationCode().getValue(), client,
                    form.get("redirect_uri").orElse(""), codeGrant.getCodeVerifier());
            respond(call, redeemed.grant(), redeemed.grant().scope(), redeemed.nonce());
        } else if (grant instanceof RefreshTokenGrant refreshGrant) {
            Scope requested = form.get("scope").map(Scope::parse).orElse(null);
            Grant refreshed = grants.redeemRefreshToken(refreshGrant.getRefreshToken().getValue(), client, requested);
            respond(call, refreshed, requested == null ? refreshed.scope() : requested, null);
        } else {
            throw new HttpProblem(400, "unsupported_grant_type",
                    "Only the authorization_code and refresh_token grants are supported");
        }
    }

    /** The form body of a token or revocation request; any other body is refused and counted. */
    static FormParameters formOf(HttpCall call, Counters counters) throws HttpProblem {
        if (!call.method().equals("POST")) {
            call.addHeader("Allow", "POST");
            throw new HttpProblem(405, "invalid_request", "Send a POST with a form-encoded body");
        }
        if (!call.hasFormBody()) {
            counters.increment(Counter.NON_FORM_REQUESTS);
            throw HttpProblem.invalidRequest("Content-Type must be application/x-www-form-urlencoded;"
                    + " JSON and other bodies are refused");
        }
        return call.form();
    }

    private void countGrant(String grantType) {
        counters.increment(switch (grantType) {
            case "authorization_code" -> Counter.AUTHORIZATION_CODE_GRANTS;
            case "refresh_token" -> Counter.REFRESH_TOKEN_GRANTS;
            default -> Counter.OTHER_GRANTS;
        });
    }

    private void respond(HttpCall call, Grant grant, Scope scope, Nonce nonce) throws IOException {
        IssuedAccessToken issued = grants.issueAccessToken(grant, scope);
        BearerAccessToken accessToken = new BearerAccessToken(grants.handingOut(accessTokens.sign(issued)),
                issued.lifetimeSeconds(), scope);
        RefreshToken refreshToken = new RefreshToken(grants.issueRefreshToken(grant));
        AccessTokenResponse response = scope.contains("openid")
                ? new OIDCTokenResponse(new OIDCTokens(grants.handingOut(idTokens.mint(grant, nonce)), accessToken,
                        refreshToken))
                : new AccessTokenResponse(new com.nimbusds.oauth2.sdk.token.Tokens(accessToken, refreshToken));
        counters.increment(Counter.TOKEN_RESPONSES);
        call.send(response.toHTTPResponse());
    }
}
