package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.config.SettingsReader;
import io.github.vismaidentity.config.VismaIdentitySettings;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension's paths, built once per context path instead of on every request the mechanism sees. */
class SignInPathsTest {

    private static final Map<String, String> CONFIG = Map.of(
            VismaIdentityDefinition.CLIENT_ID, "paths-client",
            VismaIdentityDefinition.CLIENT_SECRET, "paths-secret",
            VismaIdentityDefinition.ENCRYPTION_KEY, Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void theSameContextPathGetsTheSamePathsWithoutBuildingThemAgain() {
        SignInPaths.Known known = new SignInPaths.Known(settings(CONFIG));

        SignInPaths first = known.of(request("/shop"));

        assertThat(known.of(request("/shop"))).isSameAs(first);
        assertThat(first).isEqualTo(new SignInPaths("/shop", "/shop" + VismaIdentityDefinition.DEFAULT_CALLBACK_PATH,
                "/shop" + VismaIdentityDefinition.SIGN_IN_PATH, "/shop" + VismaIdentityDefinition.SIGN_OUT_PATH));
    }

    @Test
    void anotherContextPathGetsItsOwnPaths() {
        SignInPaths.Known known = new SignInPaths.Known(settings(CONFIG));
        known.of(request("/shop"));

        SignInPaths root = known.of(request(""));

        assertThat(root.signIn()).isEqualTo(VismaIdentityDefinition.SIGN_IN_PATH);
        assertThat(root.home()).isEqualTo("/");
        assertThat(known.of(request("/shop")).signIn()).isEqualTo("/shop" + VismaIdentityDefinition.SIGN_IN_PATH);
    }

    @Test
    void aConfiguredRedirectUriGivesTheCallbackItsPathWhateverTheContextPath() {
        Map<String, String> config = new java.util.HashMap<>(CONFIG);
        config.put(VismaIdentityDefinition.REDIRECT_URI, "https://app.example.com/shop/oauth/back");
        SignInPaths.Known known = new SignInPaths.Known(settings(config));

        assertThat(known.of(request("/shop")).callback()).isEqualTo("/shop/oauth/back");
    }

    private static VismaIdentitySettings settings(Map<String, String> config) {
        return SettingsReader.read(null, key -> Optional.ofNullable(config.get(key)));
    }

    /** A request that knows its context path and nothing else. */
    private static HttpServletRequest request(String contextPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getContextPath")) {
                        return contextPath;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
