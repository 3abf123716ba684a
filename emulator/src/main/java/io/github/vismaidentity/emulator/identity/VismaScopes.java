package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The scopes Visma's identity server knows, and the three every authorization request must carry. */
public final class VismaScopes {

    public static final Set<String> MANDATORY = Set.of("openid", "offline_access", "ea:api");
    public static final Set<String> SELECTABLE = Set.of("ea:sales", "ea:sales_readonly", "ea:purchase",
            "ea:purchase_readonly", "ea:accounting", "ea:accounting_readonly", "vls:api");
    /** Optional OpenID Connect scopes IdentityServer also serves. */
    private static final Set<String> STANDARD = Set.of("profile", "email");

    private VismaScopes() {
    }

    /** Why the scope is refused, or {@code null} when it is acceptable. */
    public static String problem(Scope scope) {
        List<String> problems = new ArrayList<>();
        List<String> missing = MANDATORY.stream().filter(name -> scope == null || !scope.contains(name)).sorted().toList();
        if (!missing.isEmpty()) {
            problems.add("missing mandatory scope " + String.join(", ", missing)
                    + " (every request needs openid, offline_access and ea:api)");
        }
        if (scope != null) {
            for (String name : scope.toStringList()) {
                if (!isKnown(name)) {
                    problems.add("unknown scope '" + name + "'" + legacyHint(name));
                }
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    public static boolean isKnown(String name) {
        return MANDATORY.contains(name) || SELECTABLE.contains(name) || STANDARD.contains(name);
    }

    private static String legacyHint(String name) {
        String prefixed = "ea:" + name;
        return SELECTABLE.contains(prefixed)
                ? " (a name of the old identity server; the new one calls it '" + prefixed + "')"
                : "";
    }
}
