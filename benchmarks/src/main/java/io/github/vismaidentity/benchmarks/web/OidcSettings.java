package io.github.vismaidentity.benchmarks.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The built-in mechanism's provider and client, read from the WAR's {@code microprofile-config.properties}. */
@Named("benchOidc")
@ApplicationScoped
public class OidcSettings {

    public String getProviderUri() {
        return value("bench.oidc.provider-uri");
    }

    public String getClientId() {
        return value("bench.oidc.client-id");
    }

    public String getClientSecret() {
        return value("bench.oidc.client-secret");
    }

    private static String value(String name) {
        Config config = ConfigProvider.getConfig(OidcSettings.class.getClassLoader());
        return config.getValue(name, String.class);
    }
}
