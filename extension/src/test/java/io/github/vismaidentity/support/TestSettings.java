package io.github.vismaidentity.support;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import io.github.vismaidentity.config.EncryptionKey;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.config.VismaIdentitySettings.EndpointOverrides;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Seed;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Settings for a client of an embedded emulator, built directly so tests do not depend on config parsing. */
public final class TestSettings {

    private String clientId = Seed.CLIENT_ID;
    private String secret = Seed.CLIENT_SECRET;
    private String issuer;
    private URI apiBase;
    private String scope = "openid offline_access ea:api ea:sales";
    private CompanySelection companySelection = CompanySelection.DEFAULT;
    private ClientAuthentication clientAuthentication = ClientAuthentication.BASIC;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(5);
    private Optional<EncryptionKey> key = Optional.empty();
    private Optional<String> prompt = Optional.empty();

    private TestSettings(VismaEmulator emulator) {
        issuer = emulator.issuer();
        apiBase = emulator.apiBaseUri();
    }

    public static TestSettings forEmulator(VismaEmulator emulator) {
        return new TestSettings(emulator);
    }

    public TestSettings client(String id, String clientSecret) {
        clientId = id;
        secret = clientSecret;
        return this;
    }

    public TestSettings issuer(String value) {
        issuer = value;
        return this;
    }

    public TestSettings scope(String value) {
        scope = value;
        return this;
    }

    public TestSettings companySelection(CompanySelection value) {
        companySelection = value;
        return this;
    }

    public TestSettings clientAuthentication(ClientAuthentication value) {
        clientAuthentication = value;
        return this;
    }

    public TestSettings connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    public TestSettings readTimeout(Duration value) {
        readTimeout = value;
        return this;
    }

    public TestSettings encryptionKey(EncryptionKey value) {
        key = Optional.of(value);
        return this;
    }

    public TestSettings prompt(String value) {
        prompt = Optional.of(value);
        return this;
    }

    public VismaIdentitySettings build() {
        return new VismaIdentitySettings(new ClientID(clientId), new Secret(secret), new Issuer(issuer),
                apiBase.toString().endsWith("/") ? apiBase : URI.create(apiBase + "/"),
                Optional.of(Seed.REDIRECT_URI), Scope.parse(scope), prompt, companySelection, clientAuthentication,
                "java:comp/DefaultDataSource", key, java.util.List.of(), VismaIdentitySettings.DEFAULT_CLOCK_SKEW, connectTimeout, readTimeout,
                Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofSeconds(10), "sub", Set.of("visma-user"),
                false, EndpointOverrides.none());
    }
}
