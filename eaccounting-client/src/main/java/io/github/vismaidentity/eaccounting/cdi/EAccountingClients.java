package io.github.vismaidentity.eaccounting.cdi;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.cdi.VismaIdentityExtension;
import io.github.vismaidentity.eaccounting.EAccountingClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives {@code @Inject EAccountingClient} to the application: a client whose calls use the signed-in caller's
 * {@code @VismaToken VismaAccessToken}, looked up on each call. One client (HTTP connections, JSON-B, pacing) serves
 * the whole application and is closed at shutdown; for a background job, call {@code forCompany} on the injected
 * client. It calls the eAccounting API the extension resolved ({@value VismaIdentityDefinition#API_BASE_URL}, else
 * the annotation's {@code apiBaseUrl}, else Visma's production API), the one the extension asks at sign-in; only
 * without an active {@code @VismaIdentityDefinition} (an application producing its own {@code VismaTokens}) does it
 * read {@value VismaIdentityDefinition#API_BASE_URL} from MicroProfile Config itself. Its pace is
 * {@value #CALLS_PER_MINUTE}, from MicroProfile Config.
 */
@ApplicationScoped
public class EAccountingClients {

    /**
     * MicroProfile Config key: calls a minute per endpoint each node starts at most (default 600, Visma's limit per
     * client and endpoint; 0 turns pacing off). Pacing counts one node's calls: with N nodes, set 600 / N.
     */
    public static final String CALLS_PER_MINUTE = "visma.eaccounting.calls-per-minute";

    /** A configuration value the client reads itself and cannot use. */
    static final String BAD_CONFIGURATION = "VISMAID5020";
    /** The injected client used where there is no signed-in caller. */
    static final String NO_CALLER = "VISMAID5021";

    private static final Logger LOG = Logger.getLogger(EAccountingClients.class.getName());

    private VismaTokens tokens;
    private VismaAccessToken callerToken;
    private BeanManager beans;
    private EAccountingClient client;

    /** For the container's proxy. */
    protected EAccountingClients() {
    }

    @Inject
    EAccountingClients(VismaTokens tokens, @VismaToken VismaAccessToken callerToken, BeanManager beans) {
        this.tokens = tokens;
        this.callerToken = callerToken;
        this.beans = beans;
    }

    @PostConstruct
    void open() {
        Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
        EAccountingClient.Builder builder = EAccountingClient.builder().tokens(tokens)
                .callsPerMinute(callsPerMinute(config.getOptionalValue(CALLS_PER_MINUTE, String.class)));
        Optional<URI> resolved = VismaIdentityExtension.in(beans).flatMap(VismaIdentityExtension::apiBaseUri);
        if (resolved.isPresent()) {
            builder.apiBaseUrl(resolved.get());
        } else {
            // No active @VismaIdentityDefinition (the application produces its own VismaTokens): with no annotation
            // to read, the extension's precedence leaves MicroProfile Config, then Visma's production API.
            config.getOptionalValue(VismaIdentityDefinition.API_BASE_URL, String.class).filter(url -> !url.isBlank())
                    .ifPresent(url -> apiBaseUrl(builder, url));
        }
        client = builder.build();
        LOG.fine(() -> "VISMAID5022: the eAccounting client for the signed-in caller is open");
    }

    /** The client for the signed-in caller; {@code forCompany} on it for a job. */
    @Produces
    @Dependent
    EAccountingClient forTheCaller() {
        return client.forToken(this::currentCallersToken);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A copy of the request's token, so a call and its resend after a 401 hold the same one. */
    private VismaAccessToken currentCallersToken() {
        try {
            VismaAccessToken current = callerToken;
            return new VismaAccessToken(current.value(), current.expiresAt(), current.subject(), current.companyId(),
                    current.companyName(), String.join(" ", current.scopes()));
        } catch (ContextNotActiveException noRequest) {
            throw new IllegalStateException(NO_CALLER + ": the injected EAccountingClient calls for the signed-in "
                    + "caller, and this code runs outside a request; in a background job call "
                    + "forCompany(companyId) on it", noRequest);
        }
    }

    private static int callsPerMinute(Optional<String> configured) {
        String value = configured.map(String::trim).orElse(String.valueOf(EAccountingClient.DEFAULT_CALLS_PER_MINUTE));
        try {
            int callsPerMinute = Integer.parseInt(value);
            if (callsPerMinute >= 0) {
                return callsPerMinute;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new IllegalStateException(BAD_CONFIGURATION + ": " + CALLS_PER_MINUTE + " is a whole number of calls a "
                + "minute per endpoint, 600 / the number of nodes (0 turns pacing off), not '" + value + "'");
    }

    private static void apiBaseUrl(EAccountingClient.Builder builder, String configured) {
        try {
            builder.apiBaseUrl(URI.create(configured.trim()));
        } catch (IllegalArgumentException notAUri) {
            throw new IllegalStateException(BAD_CONFIGURATION + ": " + VismaIdentityDefinition.API_BASE_URL
                    + " is a URL such as https://eaccountingapi.vismaonline.com/v2/, not '" + configured + "'",
                    notAUri);
        }
    }
}
