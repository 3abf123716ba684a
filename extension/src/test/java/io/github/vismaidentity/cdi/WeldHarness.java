package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.emulator.VismaEmulator;
import jakarta.enterprise.inject.spi.Extension;
import org.jboss.weld.environment.se.Weld;

import java.util.HashMap;
import java.util.Map;

/**
 * Weld SE with the extension, configured through system properties as an operator would through the
 * environment (SmallRye Config reads them); {@link #restore()} puts the properties back after a test.
 */
final class WeldHarness {

    private final Map<String, String> previous = new HashMap<>();

    void configureFor(VismaEmulator emulator) {
        set(VismaIdentityDefinition.CLIENT_ID, "demo-client");
        set(VismaIdentityDefinition.CLIENT_SECRET, "demo-secret");
        set(VismaIdentityDefinition.ISSUER, emulator.issuer());
        set(VismaIdentityDefinition.API_BASE_URL, emulator.apiBaseUri().toString());
    }

    void set(String key, String value) {
        previous.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    void restore() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        previous.clear();
    }

    /** The extension and these bean classes only, plus any test extensions. */
    static Weld weld(Class<?>[] beans, Extension... more) {
        return new Weld().disableDiscovery().addExtension(new VismaIdentityExtension()).addExtensions(more)
                .addBeanClasses(beans);
    }
}
