package io.github.vismaidentity.protocol;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a callback and turns it into tokens (OpenID Connect Core §3.1.2.5 to §3.1.3.7): the {@code state}
 * must be the one this browser's sign-in started with, the {@code iss} parameter (RFC 9207) must name the
 * configured issuer, an error callback becomes a clear refusal, and only then is the code redeemed and the
 * ID token validated. Nothing from the callback or the token response is trusted before every check passed.
 */
public final class CallbackValidator {

    /** The callback is not an authorization response. */
    public static final String MALFORMED = "VISMAID2003";
    /** No sign-in was started in this browser with this {@code state}, or it was already finished. */
    public static final String UNKNOWN_STATE = "VISMAID2004";
    /** The sign-in started too long ago. */
    public static final String EXPIRED = "VISMAID2005";
    /** The {@code iss} parameter names another issuer. */
    public static final String WRONG_ISSUER = "VISMAID2006";
    /** Discovery promises the {@code iss} parameter, and the callback has none. */
    public static final String MISSING_ISSUER = "VISMAID2007";
    /** Visma answered with an error ({@code access_denied}, ...). */
    public static final String ERROR_CALLBACK = "VISMAID2008";
    /** The token response had no ID token. */
    public static final String NO_ID_TOKEN = "VISMAID2014";
    /** The callback of a sign-in whose code was already redeemed, on this node or another. */
    public static final String REPLAYED = "VISMAID2070";
    /** Whether the sign-in's state was used could not be recorded, so its code is not redeemed. */
    public static final String NOT_RECORDED = "VISMAID2072";

    private final VismaIdentitySettings settings;
    private final Discovery discovery;
    private final TokenEndpointClient tokenEndpoint;
    private final CompanyLookup companies;
    private final Clock clock;
    private final IdTokenVerifiers verifiers;
    private final UsedStates usedStates;

    public CallbackValidator(VismaIdentitySettings settings, Discovery discovery, IdTokenVerifiers verifiers,
                             TokenEndpointClient tokenEndpoint, CompanyLookup companies, UsedStates usedStates,
                             Clock clock) {
        this.settings = settings;
        this.usedStates = usedStates;
        this.discovery = discovery;
        this.verifiers = verifiers;
        this.tokenEndpoint = tokenEndpoint;
        this.companies = companies;
        this.clock = clock;
    }

    /**
     * @param callback the full callback URI, query included
     * @param pending  the sign-in this browser started with the callback's {@code state}, empty when none
     * @throws SignInFailure for every refused callback, token or answer
     */
    public SignedIn complete(URI callback, Optional<PendingSignIn> pending) {
        AuthorizationResponse response = parse(callback);
        PendingSignIn started = pending.filter(p -> p.state().equals(response.getState())).orElseThrow(() ->
                SignInFailure.refused(UNKNOWN_STATE, "This browser has no sign-in waiting for this callback: it was "
                        + "started in another browser, already finished, or its cookie was lost."));
        if (clock.instant().isAfter(started.expiresAt())) {
            throw SignInFailure.refused(EXPIRED, "The sign-in was started more than "
                    + AuthorizationRedirect.LIFETIME.toMinutes() + " minutes ago.");
        }
        ProviderEndpoints endpoints = discovery.endpoints();
        checkIssuer(response.getIssuer(), endpoints);
        if (!response.indicatesSuccess()) {
            throw denied(response.toErrorResponse());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw SignInFailure.refused(MALFORMED, "The callback has neither a code nor an error.");
        }
        recordFirstUse(started);
        GrantedTokens tokens = tokenEndpoint.redeem(endpoints.tokenEndpoint(), code, started.verifier(),
                started.redirectUri());
        JWT idToken = tokens.idToken().orElseThrow(() -> SignInFailure.refused(NO_ID_TOKEN,
                "Visma's token response has no ID token, although the scope openid was requested."));
        IDTokenClaimsSet claims = verifiers.get().verify(idToken, started.nonce());
        return new SignedIn(claims, tokens, companies.companyOf(tokens.accessToken()));
    }

    /** Committed before the code is redeemed: of two callbacks with this state, on any node, one gets here. */
    private void recordFirstUse(PendingSignIn started) {
        boolean first;
        try {
            first = usedStates.firstUse(started.state(), started.expiresAt());
        } catch (RuntimeException e) {
            throw SignInFailure.transientFailure(NOT_RECORDED, "This sign-in could not be marked as used in the "
                    + "token store, so its code was not redeemed: " + storeMessage(e), 503);
        }
        if (!first) {
            throw SignInFailure.refused(REPLAYED, "This sign-in was already finished: its callback came a second "
                    + "time (a reload, a retried request or a copied link), and a code is redeemed only once.");
        }
    }

    /** The store's own messages carry an ID and never a secret; anything else is named by its type only. */
    private static String storeMessage(RuntimeException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("VISMAID") ? LogSafe.of(message) : e.getClass().getName();
    }

    private static AuthorizationResponse parse(URI callback) {
        try {
            return AuthorizationResponse.parse(callback);
        } catch (ParseException | IllegalArgumentException e) {
            throw SignInFailure.refused(MALFORMED, "The callback is not an authorization response: it needs a "
                    + "state and either a code or an error.");
        }
    }

    private void checkIssuer(Issuer issuer, ProviderEndpoints endpoints) {
        if (issuer == null && endpoints.issResponseParameterRequired()) {
            throw SignInFailure.refused(MISSING_ISSUER, "The callback has no iss parameter, although the issuer "
                    + "announces authorization_response_iss_parameter_supported (RFC 9207).");
        }
        if (issuer != null && !issuer.equals(settings.issuer())) {
            throw SignInFailure.refused(WRONG_ISSUER, "The callback's iss parameter names '" + LogSafe.of(issuer)
                    + "', not the configured issuer '" + settings.issuer() + "' (RFC 9207).");
        }
    }

    private static SignInFailure denied(AuthorizationErrorResponse response) {
        ErrorObject error = response.getErrorObject();
        String description = error.getDescription() == null ? "" : ": " + LogSafe.of(error.getDescription());
        return SignInFailure.denied(ERROR_CALLBACK, "Visma did not sign you in (" + LogSafe.of(error.getCode())
                + description + ").");
    }
}
