package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Plain http on this machine is allowed for the emulator, whose tokens are worth nothing. Beside an issuer on
 * another machine (the real Visma) it is a leftover, typically the sample's {@code http://localhost:9090/v2/}:
 * the access tokens Visma issues, or the client secret, would be sent unencrypted to whatever listens there.
 */
final class MixedHttpRule {

    private MixedHttpRule() {
    }

    /**
     * @param issuer   the checked issuer, null when it was refused already
     * @param settings the API base URL and the endpoint overrides, as configured
     */
    static void check(URI issuer, List<Optional<Setting>> settings, Problems problems) {
        if (issuer == null || UrlRules.isLoopback(issuer)) {
            return;
        }
        for (Optional<Setting> setting : settings) {
            setting.filter(MixedHttpRule::isPlainHttpOnThisMachine).ifPresent(plain -> problems.add(
                    Problems.MIXED_PLAIN_HTTP, plain.where() + " is '" + plain.text() + "', plain http on this "
                            + "machine (the emulator's address?), while the issuer, " + issuer + ", is not: the "
                            + "tokens it issues would be sent there unencrypted. " + fix(plain, issuer)));
        }
    }

    private static String fix(Setting plain, URI issuer) {
        String remove = VismaSetting.API_BASE_URL.key().equals(plain.key())
                ? "Remove it for Visma's API, " + VismaIdentityDefinition.VISMA_API_BASE_URL + ","
                : "Remove it to take the endpoint from the issuer's discovery document,";
        return remove + " or use https; or, to test against the emulator, set " + VismaSetting.ISSUER.key()
                + " to the emulator too (it is " + issuer + " now).";
    }

    private static boolean isPlainHttpOnThisMachine(Setting setting) {
        try {
            URI uri = new URI(setting.text());
            return "http".equalsIgnoreCase(uri.getScheme()) && UrlRules.isLoopback(uri);
        } catch (URISyntaxException malformed) {
            // Reported by UrlRules already.
            return false;
        }
    }
}
