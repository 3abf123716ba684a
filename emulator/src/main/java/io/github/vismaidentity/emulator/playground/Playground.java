package io.github.vismaidentity.emulator.playground;

import static io.github.vismaidentity.emulator.http.Html.escape;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import io.github.vismaidentity.emulator.http.ProblemRenderer;
import io.github.vismaidentity.emulator.http.Router;
import io.github.vismaidentity.emulator.identity.AuthorizeEndpoint;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's home page and a built-in client behind it, so a person can try a sign-in in a
 * browser before any application exists: it runs the whole code flow against the emulator over
 * HTTP (PKCE, ID token validation, a call to {@code /v2/companysettings}) and shows the outcome.
 */
public final class Playground {

    public static final String CLIENT_ID = "emulator-playground";

    private record Started(Nonce nonce, CodeVerifier verifier) {
    }

    private final URI base;
    private final Issuer issuer;
    private final Client client;
    private final SigningKeys keys;
    private final Map<String, Started> started = new ConcurrentHashMap<>();

    public Playground(URI base, Issuer issuer, Client client, SigningKeys keys) {
        this.base = base;
        this.issuer = issuer;
        this.client = client;
        this.keys = keys;
    }

    /** The built-in client for an emulator at {@code base}. */
    public static Client client(URI base) {
        return new Client(CLIENT_ID, new Secret().getValue(), List.of(base.resolve(Endpoint.PLAYGROUND_CALLBACK.path())),
                List.of(base.resolve("/")));
    }

    public void registerOn(Router router) {
        router.route(Endpoint.HOME, ProblemRenderer.PAGE, call -> call.html(200, PlaygroundPages.home(base)))
                .route(Endpoint.PLAYGROUND_START, ProblemRenderer.PAGE, this::start)
                .route(Endpoint.PLAYGROUND_CALLBACK, ProblemRenderer.PAGE, this::callback);
    }

    private void start(HttpCall call) throws IOException, HttpProblem {
        FormParameters query = call.query();
        State state = new State();
        Started flow = new Started(new Nonce(), new CodeVerifier());
        if (started.size() > 1000) {
            started.clear(); // abandoned sign-ins of a long-running demo
        }
        started.put(state.getValue(), flow);
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "offline_access", "ea:api", "ea:sales_readonly"), new ClientID(client.id()),
                client.redirectUris().get(0))
                .endpointURI(base.resolve(Endpoint.AUTHORIZE.path()))
                .state(state)
                .nonce(flow.nonce())
                .codeChallenge(flow.verifier(), CodeChallengeMethod.S256);
        if (query.get("prompt").filter("login"::equals).isPresent()) {
            request.prompt(Prompt.Type.LOGIN);
        }
        if (query.get("select_company").isPresent()) {
            request.prompt(Prompt.Type.SELECT_ACCOUNT).customParameter("acr_values", AuthorizeEndpoint.SELECT_COMPANY_ACR);
        }
        call.redirect(request.build().toURI());
    }

    private void callback(HttpCall call) throws IOException, HttpProblem {
        FormParameters query = call.query();
        Started flow = started.remove(query.get("state").orElse(""));
        if (flow == null) {
            throw HttpProblem.invalidRequest("Unknown or reused state; start the sign-in again from the home page.");
        }
        if (query.get("error").isPresent()) {
            call.html(200, PlaygroundPages.failure("Visma answered " + query.get("error").get() + ": "
                    + query.get("error_description").orElse("")));
            return;
        }
        try {
            call.html(200, PlaygroundPages.success(redeem(new AuthorizationCode(query.require("code")), flow)));
        } catch (Exception e) {
            call.html(200, PlaygroundPages.failure(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private PlaygroundPages.Outcome redeem(AuthorizationCode code, Started flow) throws Exception {
        HTTPRequest tokenRequest = new TokenRequest.Builder(base.resolve(Endpoint.TOKEN.path()),
                new ClientSecretBasic(new ClientID(client.id()), new Secret(client.secret())),
                new AuthorizationCodeGrant(code, client.redirectUris().get(0), flow.verifier())).build().toHTTPRequest();
        TokenResponse response = OIDCTokenResponseParser.parse(tokenRequest.send());
        if (!response.indicatesSuccess()) {
            throw new IllegalStateException(response.toErrorResponse().getErrorObject().getCode());
        }
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
        IDTokenClaimsSet claims = new IDTokenValidator(issuer, new ClientID(client.id()), JWSAlgorithm.RS256,
                keys.publicJwks()).validate(tokens.getOIDCTokens().getIDToken(), flow.nonce());
        HTTPRequest settings = new HTTPRequest(HTTPRequest.Method.GET, base.resolve(Endpoint.API_COMPANY_SETTINGS.path()));
        settings.setAuthorization(tokens.getOIDCTokens().getBearerAccessToken().toAuthorizationHeader());
        Map<String, Object> company = JSONObjectUtils.parse(settings.send().getBody());
        return new PlaygroundPages.Outcome(claims.getSubject().getValue(), String.valueOf(company.get("Name")),
                String.valueOf(company.get("CompanyIdentifier")), tokens.getOIDCTokens().getAccessToken().getScope(),
                tokens.getOIDCTokens().getAccessToken().getLifetime());
    }

    static String escaped(Object value) {
        return escape(String.valueOf(value));
    }
}
