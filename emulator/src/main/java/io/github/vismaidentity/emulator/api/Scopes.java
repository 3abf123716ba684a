package io.github.vismaidentity.emulator.api;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The scopes an operation accepts, as Visma's description lists them ("Requires any of the following
 * scopes"): a read accepts {@code ea:x} or {@code ea:x_readonly}, a write only {@code ea:x}. Every
 * call also needs {@code ea:api}, which every Visma token carries.
 */
final class Scopes {

    static final String API = "ea:api";
    static final String SALES = "sales";
    static final String PURCHASE = "purchase";
    static final String ACCOUNTING = "accounting";

    private Scopes() {
    }

    /** {@code ea:x} and {@code ea:x_readonly} for each area ({@link #SALES}, {@link #PURCHASE}, {@link #ACCOUNTING}). */
    static Set<String> read(String... areas) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String area : areas) {
            scopes.add("ea:" + area);
            scopes.add("ea:" + area + "_readonly");
        }
        return scopes;
    }

    /** {@code ea:x} for each area. */
    static Set<String> write(String... areas) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String area : areas) {
            scopes.add("ea:" + area);
        }
        return scopes;
    }

    /** No area scope: {@code ea:api} alone is enough. */
    static Set<String> apiOnly() {
        return Set.of();
    }
}
