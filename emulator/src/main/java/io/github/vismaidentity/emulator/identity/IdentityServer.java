package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.id.Issuer;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.grants.GrantStore;
import io.github.vismaidentity.emulator.http.ProblemRenderer;
import io.github.vismaidentity.emulator.http.Router;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import io.github.vismaidentity.emulator.tokens.AccessTokens;
import io.github.vismaidentity.emulator.tokens.IdTokens;
import java.net.URI;
import java.time.Clock;

/** The identity server's endpoints, wired to the shared stores and registered on a {@link Router}. */
public final class IdentityServer {

    private final AuthorizeEndpoint authorize;
    private final LoginEndpoint login;
    private final CompanyPickerEndpoint picker;
    private final TokenEndpoint token;
    private final RevocationEndpoint revocation;
    private final UserInfoEndpoint userInfo;
    private final EndSessionEndpoint endSession;
    private final DiscoveryEndpoints discovery;

    public IdentityServer(Issuer issuer, URI base, Directory directory, GrantStore grants, SigningKeys keys,
                          AccessTokens accessTokens, IdTokens idTokens, SignInSessions sessions,
                          Counters counters, Clock clock) {
        PendingAuthorizations pending = new PendingAuthorizations(clock);
        SignInCompletion completion = new SignInCompletion(issuer, grants);
        ClientAuthenticator clients = new ClientAuthenticator(directory, counters);
        this.authorize = new AuthorizeEndpoint(directory, pending, sessions, completion);
        this.login = new LoginEndpoint(directory, pending, sessions, completion, clock);
        this.picker = new CompanyPickerEndpoint(pending, completion);
        this.token = new TokenEndpoint(clients, grants, accessTokens, idTokens, counters);
        this.revocation = new RevocationEndpoint(clients, grants, counters);
        this.userInfo = new UserInfoEndpoint(accessTokens);
        this.endSession = new EndSessionEndpoint(directory, sessions);
        this.discovery = new DiscoveryEndpoints(issuer, base, keys);
    }

    public void registerOn(Router router) {
        router.route(Endpoint.DISCOVERY, ProblemRenderer.OAUTH, discovery.discovery())
                .route(Endpoint.JWKS, ProblemRenderer.OAUTH, discovery.jwks())
                .route(Endpoint.AUTHORIZE, ProblemRenderer.PAGE, authorize)
                .route(Endpoint.LOGIN, ProblemRenderer.PAGE, login)
                .route(Endpoint.COMPANY_PICKER, ProblemRenderer.PAGE, picker)
                .route(Endpoint.TOKEN, ProblemRenderer.OAUTH, token)
                .route(Endpoint.REVOCATION, ProblemRenderer.OAUTH, revocation)
                .route(Endpoint.USERINFO, ProblemRenderer.OAUTH, userInfo)
                .route(Endpoint.END_SESSION, ProblemRenderer.PAGE, endSession);
    }
}
