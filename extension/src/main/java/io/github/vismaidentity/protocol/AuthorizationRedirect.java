package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the authorization request (OpenID Connect Core §3.1.2.1): {@code response_type=code}, the exact
 * redirect URI, the mandatory scopes, a fresh {@code state} and {@code nonce} (256 bits each), PKCE with
 * {@code S256} (RFC 7636), and Visma's {@code prompt} and company-picker {@code acr_values} when
 * configured or asked for.
 */
public final class AuthorizationRedirect {

    /** Visma's company picker, sent as {@code acr_values} with {@code prompt=select_account}. */
    public static final ACR SELECT_COMPANY = new ACR("service:44643EB1-3F76-4C1C-A672-402AE8085934");

    /** How long a started sign-in may take before its callback is refused. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private final VismaIdentitySettings settings;
    private final Clock clock;

    public AuthorizationRedirect(VismaIdentitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The URI to send the browser to, and what the callback will need. */
    public Start start(ProviderEndpoints endpoints, URI redirectUri, String returnTo, SignInOptions options) {
        PendingSignIn pending = new PendingSignIn(new State(32), new Nonce(32), new CodeVerifier(), redirectUri,
                returnTo, clock.instant().plus(LIFETIME));
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(
                ResponseType.CODE, settings.scope(), settings.clientId(), redirectUri)
                .endpointURI(endpoints.authorizationEndpoint())
                .state(pending.state())
                .nonce(pending.nonce())
                .codeChallenge(pending.verifier(), CodeChallengeMethod.S256);
        boolean pickCompany = options.pickCompany() || settings.companySelection() == CompanySelection.ALWAYS;
        Prompt prompt = prompt(options.login(), pickCompany);
        if (prompt != null) {
            request.prompt(prompt);
        }
        if (pickCompany) {
            request.acrValues(List.of(SELECT_COMPANY));
        }
        return new Start(request.build().toURI(), pending);
    }

    private Prompt prompt(boolean login, boolean pickCompany) {
        Set<String> values = new LinkedHashSet<>();
        settings.prompt().ifPresent(configured -> values.addAll(List.of(configured.trim().split("\\s+"))));
        if (login) {
            values.add(Prompt.Type.LOGIN.toString());
        }
        if (pickCompany) {
            values.add(Prompt.Type.SELECT_ACCOUNT.toString());
        }
        if (values.size() > 1) {
            values.remove(Prompt.Type.NONE.toString());
        }
        return values.isEmpty() ? null : new Prompt(values.toArray(String[]::new));
    }

    /**
     * A started sign-in.
     *
     * @param location the authorization request URI for the browser
     * @param pending  what the callback needs, to be kept in the sign-in cookie
     */
    public record Start(URI location, PendingSignIn pending) {
    }
}
