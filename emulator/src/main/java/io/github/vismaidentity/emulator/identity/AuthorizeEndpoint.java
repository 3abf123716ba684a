package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCError;
import com.nimbusds.openid.connect.sdk.Prompt;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /connect/authorize}: checks the request as strictly as Visma, then signs in silently with
 * the browser's session, or sends the browser to the login form or the company picker.
 * An unknown client or unregistered redirect URI is shown on a page; any other error is redirected
 * back to the client (RFC 6749 section 4.1.2.1).
 */
public final class AuthorizeEndpoint implements Handler {

    /** The {@code acr_values} entry with which Visma forces the company picker. */
    public static final String SELECT_COMPANY_ACR = "service:44643EB1-3F76-4C1C-A672-402AE8085934";
    /** The older form of forcing the picker, together with {@code prompt=login}. */
    public static final String LEGACY_SELECT_COMPANY_ACR = "forceselectcompany:true";

    private final Directory directory;
    private final PendingAuthorizations pending;
    private final SignInSessions sessions;
    private final SignInCompletion completion;

    AuthorizeEndpoint(Directory directory, PendingAuthorizations pending, SignInSessions sessions,
                      SignInCompletion completion) {
        this.directory = directory;
        this.pending = pending;
        this.sessions = sessions;
        this.completion = completion;
    }

    /** Thrown for a problem the client hears about through its redirect URI. */
    private static final class Refused extends Exception {
        private final ErrorObject error;

        Refused(ErrorObject error, String description) {
            super(description, null, false, false);
            this.error = error.setDescription(description);
        }
    }

    @Override
    public void handle(HttpCall call) throws IOException, HttpProblem {
        FormParameters params = call.method().equals("POST") ? call.form() : call.query();
        Client client = directory.client(params.get("client_id").orElse(null)).orElseThrow(() ->
                HttpProblem.invalidRequest("Unknown client_id '" + params.get("client_id").orElse("")
                        + "'. Use the client id registered for your application."));
        String redirectUri = params.get("redirect_uri").orElse("");
        if (!client.hasRedirectUri(redirectUri)) {
            throw HttpProblem.invalidRequest("redirect_uri '" + redirectUri + "' is not registered for client '"
                    + client.id() + "'. It must equal one of " + client.redirectUris() + " exactly.");
        }
        State state = params.get("state").map(State::new).orElse(null);
        try {
            proceed(call, validate(params, client, redirectUri, state));
        } catch (Refused refused) {
            completion.fail(call, redirectUri, refused.error, state);
        }
    }

    private PendingAuthorization validate(FormParameters params, Client client, String redirectUri, State state)
            throws Refused {
        AuthorizationRequest request;
        try {
            request = AuthorizationRequest.parse(params.asMultimap());
        } catch (ParseException e) {
            throw new Refused(Optional.ofNullable(e.getErrorObject()).orElse(OAuth2Error.INVALID_REQUEST), e.getMessage());
        }
        if (!ResponseType.CODE.equals(request.getResponseType())) {
            throw new Refused(OAuth2Error.UNSUPPORTED_RESPONSE_TYPE,
                    "Only response_type=code is supported (the authorization code flow)");
        }
        if (request.getResponseMode() != null && !ResponseMode.QUERY.equals(request.getResponseMode())) {
            throw new Refused(OAuth2Error.INVALID_REQUEST, "Only response_mode=query is supported");
        }
        String scopeProblem = VismaScopes.problem(request.getScope());
        if (scopeProblem != null) {
            throw new Refused(OAuth2Error.INVALID_SCOPE, scopeProblem);
        }
        Prompt prompt = request.getPrompt();
        List<String> acr = params.get("acr_values").map(value -> Arrays.asList(value.split(" "))).orElse(List.of());
        boolean forcePicker = acr.contains(LEGACY_SELECT_COMPANY_ACR)
                || (prompt != null && prompt.contains(Prompt.Type.SELECT_ACCOUNT) && acr.contains(SELECT_COMPANY_ACR));
        return new PendingAuthorization(PendingAuthorizations.newId(), client, redirectUri, state, request.getScope(),
                params.get("nonce").map(Nonce::new).orElse(null), pkce(request, params), prompt, forcePicker,
                pending.newExpiry(), null);
    }

    private static CodeChallenge pkce(AuthorizationRequest request, FormParameters params) throws Refused {
        CodeChallenge challenge = request.getCodeChallenge();
        if (challenge == null) {
            // Nimbus drops code_challenge_method when there is no code_challenge: read the raw parameter.
            if (params.get("code_challenge_method").isPresent()) {
                throw new Refused(OAuth2Error.INVALID_REQUEST, "code_challenge_method without code_challenge");
            }
            return null;
        }
        if (!CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            throw new Refused(OAuth2Error.INVALID_REQUEST,
                    "code_challenge_method must be S256 (plain, or no method, is refused)");
        }
        if (!challenge.getValue().matches("[A-Za-z0-9_-]{43}")) {
            throw new Refused(OAuth2Error.INVALID_REQUEST,
                    "code_challenge must be the base64url SHA-256 of the code verifier: 43 characters, no padding");
        }
        return challenge;
    }

    private void proceed(HttpCall call, PendingAuthorization request) throws IOException, Refused {
        Optional<PendingAuthorization.SignIn> session =
                request.prompts(Prompt.Type.LOGIN) ? Optional.empty() : sessions.current(call);
        if (request.prompts(Prompt.Type.NONE)) {
            if (session.isEmpty()) {
                throw new Refused(OIDCError.LOGIN_REQUIRED, "prompt=none, but nobody is signed in");
            }
            if (request.forcePicker()) {
                throw new Refused(OIDCError.ACCOUNT_SELECTION_REQUIRED, "prompt=none cannot show the company picker");
            }
        }
        if (session.isEmpty()) {
            pending.put(request);
            call.redirect(pageUri(call, Endpoint.LOGIN, request));
            return;
        }
        PendingAuthorization signedIn = request.signedIn(session.get());
        if (request.forcePicker() && signedIn.signedIn().user().companies().size() > 1) {
            pending.put(signedIn);
            call.redirect(pageUri(call, Endpoint.COMPANY_PICKER, signedIn));
            return;
        }
        completion.complete(call, signedIn, signedIn.signedIn().user().defaultCompany());
    }

    static URI pageUri(HttpCall call, Endpoint page, PendingAuthorization request) {
        return call.baseUri().resolve(page.path() + "?request=" + request.id());
    }
}
