package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import net.minidev.json.JSONObject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a token endpoint answer (RFC 6749 §5.1 and §5.2) into {@link GrantedTokens} or a typed
 * {@link SignInFailure}: an HTML 5xx page or truncated JSON is transient (502), an RFC 6749 error is a
 * refusal that carries Visma's {@code error} code, and a success without a refresh token is refused,
 * because without it the user would have to sign in again within the hour.
 */
public final class TokenResponses {

    /** Visma answered with an RFC 6749 error ({@code invalid_grant}, ...). */
    public static final String TOKEN_ERROR = "VISMAID2011";
    /** The answer was not a usable token response: 5xx, not JSON, an unknown token type. */
    public static final String UNUSABLE = "VISMAID2012";
    /** The token response had no refresh token. */
    public static final String NO_REFRESH_TOKEN = "VISMAID2013";

    private TokenResponses() {
    }

    /**
     * @param receivedAt     when the answer arrived, by the local clock
     * @param requested      the scope asked for, assumed granted when the answer names none
     * @param defaultLifetime the access token lifetime when the answer has no {@code expires_in}
     */
    public static GrantedTokens read(HTTPResponse response, Instant receivedAt, Scope requested,
                                     Duration defaultLifetime) {
        int status = response.getStatusCode();
        if (status >= 500) {
            throw SignInFailure.transientFailure(UNUSABLE, "Visma's token endpoint answered HTTP " + status + ".", 502);
        }
        JSONObject json;
        try {
            json = response.getBodyAsJSONObject();
        } catch (ParseException e) {
            throw SignInFailure.transientFailure(UNUSABLE, "Visma's token endpoint answered HTTP " + status
                    + " with a body that is not a JSON object (truncated or an HTML page).", 502);
        }
        if (status != 200) {
            throw refusal(status, json);
        }
        OIDCTokens tokens;
        try {
            tokens = OIDCTokenResponse.parse(json).getOIDCTokens();
        } catch (ParseException e) {
            throw SignInFailure.transientFailure(UNUSABLE, "Visma's token response is not usable: " + e.getMessage(), 502);
        }
        AccessToken access = tokens.getAccessToken();
        RefreshToken refresh = tokens.getRefreshToken();
        if (refresh == null) {
            throw SignInFailure.refused(NO_REFRESH_TOKEN, "Visma's token response has no refresh token. The scope "
                    + "offline_access is always requested; check that the client is allowed it.");
        }
        Duration lifetime = access.getLifetime() > 0 ? Duration.ofSeconds(access.getLifetime()) : defaultLifetime;
        Scope scope = access.getScope() != null ? access.getScope() : requested;
        return new GrantedTokens(access.getValue(), refresh.getValue(), receivedAt.plus(lifetime), scope,
                Optional.ofNullable(tokens.getIDToken()));
    }

    private static SignInFailure refusal(int status, JSONObject json) {
        ErrorObject error;
        try {
            error = TokenErrorResponse.parse(json).getErrorObject();
        } catch (ParseException e) {
            return SignInFailure.transientFailure(UNUSABLE, "Visma's token endpoint answered HTTP " + status
                    + " without an RFC 6749 error object.", 502);
        }
        String description = error.getDescription() == null ? "" : " (" + error.getDescription() + ")";
        return SignInFailure.tokenError(TOKEN_ERROR, "Visma's token endpoint refused the request with HTTP " + status
                + ": " + error.getCode() + description + ".", error.getCode());
    }
}
