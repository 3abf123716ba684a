package io.github.vismaidentity.config;

import com.nimbusds.oauth2.sdk.Scope;
import java.util.List;
import java.util.Optional;

/**
 * Composes the scope sent on every sign-in: the mandatory ones first, then the configured ones in order,
 * each once, and refuses names Visma's identity server does not know, in particular the old servers' names
 * without the {@code ea:} prefix.
 */
final class ScopeRules {

    /** Always sent: {@code openid} for the ID token, {@code offline_access} for the refresh token, and {@code ea:api}. */
    static final List<String> MANDATORY = List.of("openid", "offline_access", "ea:api");

    /** Every scope the identity server accepts, in the order the messages list them. */
    static final List<String> KNOWN = List.of("openid", "offline_access", "profile", "email", "ea:api",
            "ea:sales", "ea:sales_readonly", "ea:purchase", "ea:purchase_readonly",
            "ea:accounting", "ea:accounting_readonly", "vls:api");

    /** The names the servers shut down in 2018 used; each is now {@code ea:} followed by it. */
    private static final List<String> LEGACY = List.of("api", "sales", "sales_readonly", "purchase",
            "purchase_readonly", "accounting", "accounting_readonly");

    private ScopeRules() {
    }

    /** The mandatory scopes followed by the configured ones; reports each unknown or legacy name. */
    static Scope scope(Optional<Setting> configured, Problems problems) {
        Scope scope = new Scope(MANDATORY.toArray(String[]::new));
        configured.ifPresent(setting -> setting.items().forEach(name -> {
            if (KNOWN.contains(name)) {
                scope.add(name);
            } else if (LEGACY.contains(name)) {
                problems.add(Problems.LEGACY_SCOPE, setting.where() + " names the scope '" + name
                        + "', an old name: did you mean ea:" + name + "? The old servers' names are refused by"
                        + " Visma's identity server.");
            } else {
                problems.add(Problems.UNKNOWN_SCOPE, setting.where() + " names the scope '" + name
                        + "', which Visma's identity server does not know. Known scopes: "
                        + String.join(", ", KNOWN) + " (" + String.join(" ", MANDATORY) + " are always sent).");
            }
        }));
        return scope;
    }
}
