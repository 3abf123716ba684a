package io.github.vismaidentity.sample.api;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.client.VismaBearerFilter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.util.concurrent.TimeUnit;

/**
 * The two eAccounting API calls the sample makes, through one JAX-RS client. The extension's
 * {@link VismaBearerFilter} adds the token: the signed-in caller's on pages, a company's in the background job.
 * It also sends a call once more after a 401 (new token) or a short 429 (rate limit); what it cannot fix
 * arrives here as a typed exception inside JAX-RS's {@code ProcessingException}.
 */
@ApplicationScoped
public class EAccountingClient {

    static final int PAGE_SIZE = 10;

    @Inject
    @ConfigProperty(name = VismaIdentityDefinition.API_BASE_URL, defaultValue = VismaIdentityDefinition.VISMA_API_BASE_URL)
    String apiBaseUrl;

    @Inject
    VismaTokens tokens;

    private Client client;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The signed-in caller's company, with the caller's {@code @VismaToken}. */
    public CompanySettings companySettings() {
        return CompanySettings.from(get(api("companysettings").register(VismaBearerFilter.class), "companysettings"));
    }

    /** A company's settings without an HTTP request, with the company's most recently used connection. */
    public CompanySettings companySettings(String companyId) {
        return CompanySettings.from(get(api("companysettings")
                .register(VismaBearerFilter.forCompany(tokens, companyId)), "companysettings"));
    }

    /**
     * The signed-in caller's name in their company, from {@code /v2/users} (which needs only {@code ea:api});
     * Visma's ID token carries no name.
     */
    public String currentUserName() {
        JsonObject users = get(api("users").register(VismaBearerFilter.class), "users");
        return users.getJsonArray("Data").stream().map(JsonValue::asJsonObject)
                .filter(user -> user.getBoolean("IsCurrentUser", false)).findFirst()
                .map(user -> (user.getString("FirstName", "") + " " + user.getString("LastName", "")).trim())
                .orElse("");
    }

    /** One page (from 1) of the signed-in caller's company's customers. */
    public CustomerPage customers(int page) {
        WebTarget customers = api("customers").queryParam("$page", Math.max(1, page))
                .queryParam("$pagesize", PAGE_SIZE).register(VismaBearerFilter.class);
        return CustomerPage.from(get(customers, "customers"));
    }

    private WebTarget api(String path) {
        return client.target(apiBaseUrl.endsWith("/") ? apiBaseUrl : apiBaseUrl + "/").path(path);
    }

    private static JsonObject get(WebTarget target, String path) {
        try (Response response = target.request(MediaType.APPLICATION_JSON_TYPE).get()) {
            if (response.getStatus() == 200) {
                return json(response);
            }
            throw failure("/v2/" + path, response);
        }
    }

    /** Parsed with JSON-P directly, so no JAX-RS JSON provider needs to be registered on any server. */
    private static JsonObject json(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readObject();
        }
    }

    private static EAccountingException failure(String path, Response response) {
        int errorCode = 0;
        String message = null;
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            try {
                JsonObject body = json(response);
                errorCode = body.getInt("ErrorCode", 0);
                message = body.getString("DeveloperErrorMessage", null);
            } catch (RuntimeException unreadable) {
                // an error body that is not Visma's JSON: the status says enough
            }
        }
        return new EAccountingException(path, response.getStatus(), errorCode, message);
    }
}
