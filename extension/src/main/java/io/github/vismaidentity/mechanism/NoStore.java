package io.github.vismaidentity.mechanism;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers for every response of the sign-in path: no cache may keep a page or redirect that carries a
 * code or a state, and no Referer may leak them to the next site (SECURITY.md item 7).
 */
final class NoStore {

    private NoStore() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
