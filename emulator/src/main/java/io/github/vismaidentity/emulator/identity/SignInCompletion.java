package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.grants.Grant;
import io.github.vismaidentity.emulator.grants.GrantStore;
import io.github.vismaidentity.emulator.http.HttpCall;
import java.io.IOException;
import java.net.URI;

/**
 * Ends an authorization request: the redirect back to the client with a code (or an error), its
 * {@code state}, and {@code iss} (RFC 9207).
 */
final class SignInCompletion {

    private final Issuer issuer;
    private final GrantStore grants;

    SignInCompletion(Issuer issuer, GrantStore grants) {
        this.issuer = issuer;
        this.grants = grants;
    }

    /** Issues a code for the signed-in user in {@code company} and sends the browser back. */
    void complete(HttpCall call, PendingAuthorization request, Company company) throws IOException {
        PendingAuthorization.SignIn signIn = request.signedIn();
        Grant grant = new Grant(request.client(), signIn.user(), company, request.scope(), signIn.authTime());
        String code = grants.issueCode(grant, request.redirectUri(), request.challenge(), request.nonce());
        call.redirect(new AuthorizationSuccessResponse(URI.create(request.redirectUri()), new AuthorizationCode(code),
                null, request.state(), issuer, ResponseMode.QUERY).toURI());
    }

    /** Sends the browser back with an error (RFC 6749 section 4.1.2.1). */
    void fail(HttpCall call, String redirectUri, ErrorObject error, State state) throws IOException {
        call.redirect(new AuthorizationErrorResponse(URI.create(redirectUri), error, state, issuer,
                ResponseMode.QUERY).toURI());
    }
}
