package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.observe.Observer;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.net.URI;
import java.time.Clock;

/**
 * Calls Visma's token endpoint: a form-encoded POST (RFC 6749 §4.1.3) with HTTP Basic (the client id and
 * secret form-encoded, then Base64, RFC 6749 §2.3.1) or {@code client_secret_post}, and the configured
 * timeouts. Nimbus builds and encodes the request; nothing here touches the encoding by hand.
 */
public final class TokenEndpointClient {

    /** The token endpoint could not be reached or did not answer in time. */
    public static final String UNREACHABLE = "VISMAID2010";

    private final VismaIdentitySettings settings;
    private final VismaHttp http;
    private final Clock clock;
    private final Observer observer;

    public TokenEndpointClient(VismaIdentitySettings settings, VismaHttp http, Clock clock) {
        this(settings, http, clock, Observer.NONE);
    }

    /** @param observer told of each error answer, or no usable answer, to a code redemption or a refresh */
    public TokenEndpointClient(VismaIdentitySettings settings, VismaHttp http, Clock clock, Observer observer) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.observer = observer;
    }

    /** Redeems an authorization code with its PKCE verifier, for the exact redirect URI sent before. */
    public GrantedTokens redeem(URI tokenEndpoint, AuthorizationCode code, CodeVerifier verifier, URI redirectUri) {
        return call(tokenEndpoint, new AuthorizationCodeGrant(code, redirectUri, verifier));
    }

    /**
     * Redeems a refresh token (RFC 6749 §6). Exactly one POST: the token may be spent even when the
     * answer is lost, so resending is the caller's decision.
     */
    public GrantedTokens refresh(URI tokenEndpoint, String refreshToken) {
        return call(tokenEndpoint, new RefreshTokenGrant(new RefreshToken(refreshToken)));
    }

    /**
     * Revokes a refresh token (RFC 7009), with its family at Visma.
     *
     * @return true when the server confirmed (HTTP 200)
     */
    public boolean revoke(URI revocationEndpoint, String refreshToken) {
        TokenRevocationRequest request = new TokenRevocationRequest(revocationEndpoint, clientAuthentication(),
                new RefreshToken(refreshToken));
        try {
            return http.send(request.toHTTPRequest()).getStatusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    GrantedTokens call(URI tokenEndpoint, AuthorizationGrant grant) {
        TokenRequest request = new TokenRequest(tokenEndpoint, clientAuthentication(), grant, null);
        HTTPResponse response;
        try {
            response = http.send(request.toHTTPRequest());
        } catch (HttpTimeoutException e) {
            observer.tokenEndpointError("timeout");
            throw SignInFailure.transientFailure(UNREACHABLE, "Visma's token endpoint did not answer completely "
                    + "within the configured timeouts (visma.identity.connect-timeout; visma.identity.read-timeout, "
                    + "which bounds the headers and the body together).", 504);
        } catch (AnswerTooLarge e) {
            observer.tokenEndpointError("malformed");
            throw e.failure();
        } catch (IOException e) {
            observer.tokenEndpointError("unreachable");
            throw SignInFailure.transientFailure(UNREACHABLE, "Visma's token endpoint could not be reached: "
                    + e.getClass().getSimpleName() + ".", 502);
        }
        try {
            return TokenResponses.read(response, clock.instant(), settings.scope(), settings.defaultExpiresIn());
        } catch (SignInFailure failure) {
            observer.tokenEndpointError(errorKind(response.getStatusCode(), failure));
            throw failure;
        }
    }

    /** Visma's OAuth error code; else a 5xx without one is Visma's server failing, and anything else unusable. */
    static String errorKind(int status, SignInFailure failure) {
        return failure.oauthError().orElse(status >= 500 ? "server_error" : "malformed");
    }

    private ClientAuthentication clientAuthentication() {
        return switch (settings.clientAuthentication()) {
            case BASIC -> new ClientSecretBasic(settings.clientId(), settings.clientSecret());
            case POST -> new ClientSecretPost(settings.clientId(), settings.clientSecret());
        };
    }
}
