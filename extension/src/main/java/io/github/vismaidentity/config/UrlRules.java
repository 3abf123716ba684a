package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The rules every configured URL must follow: well-formed, https unless on this machine, and none of the Visma
 * addresses that were shut down (the migration mistakes a copied old configuration makes).
 */
final class UrlRules {

    /** What a URL is for: the rules differ a little. */
    enum Kind {
        /** OpenID Connect Discovery 1.0 §3: https, no query, no fragment. */
        ISSUER(VismaIdentityDefinition.VISMA_ISSUER, true, false),
        /** A base URL others are resolved against: no query. */
        API(VismaIdentityDefinition.VISMA_API_BASE_URL, true, false),
        /** RFC 6749 §3.1.2: no fragment; the browser, not this server, follows it, so http is the app's call. */
        REDIRECT("https://app.example.com" + VismaIdentityDefinition.DEFAULT_CALLBACK_PATH, false, true),
        /** An endpoint that discovery would otherwise give. */
        ENDPOINT(VismaIdentityDefinition.VISMA_ISSUER + "/connect/token", true, true);

        final String example;
        final boolean httpsRequired;
        final boolean queryAllowed;

        Kind(String example, boolean httpsRequired, boolean queryAllowed) {
            this.example = example;
            this.httpsRequired = httpsRequired;
            this.queryAllowed = queryAllowed;
        }
    }

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> LEGACY_HOSTS = Set.of("auth.vismaonline.com", "id.vismaonline.com");
    private static final String LEGACY_SANDBOX_SUFFIX = "-sandbox.test.vismaonline.com";
    private static final String LEGACY_PATH = "/eaccountingapi/oauth/";

    private UrlRules() {
    }

    /**
     * Parses and checks one URL, reporting every rule it breaks.
     *
     * @return the URL, or null when it cannot be parsed as an absolute http(s) URL at all
     */
    static URI check(Setting setting, Kind kind, Problems problems) {
        URI uri = parse(setting, kind, problems);
        if (uri == null) {
            return null;
        }
        if (kind.httpsRequired && "http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri)) {
            problems.add(Problems.PLAIN_HTTP, setting.where() + " is '" + shown(setting.text()) + "', plain http"
                    + " to another machine: the client secret and tokens would cross the network unencrypted."
                    + " Use https; plain http is allowed only for localhost, 127.0.0.1 and [::1] (the emulator).");
        }
        if (isLegacy(uri)) {
            problems.add(Problems.LEGACY_HOST, setting.where() + " is '" + shown(setting.text()) + "', a Visma"
                    + " address that was shut down in 2018. Use " + VismaIdentityDefinition.VISMA_ISSUER
                    + " (issuer) or " + VismaIdentityDefinition.VISMA_API_BASE_URL + " (API); a sandbox is now"
                    + " a client type on the same hosts, not a host of its own.");
        }
        if (kind == Kind.API && isVersion1(uri)) {
            problems.add(Problems.API_V1, setting.where() + " is '" + shown(setting.text()) + "', version 1 of"
                    + " the eAccounting API, which ended on 2023-06-30. Use /v2/, as in "
                    + VismaIdentityDefinition.VISMA_API_BASE_URL + ".");
        }
        return uri;
    }

    /** Whether the URL's host is this machine, where plain http and an unencrypted token store are acceptable. */
    static boolean isLoopback(URI uri) {
        return uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /** The base URL as a base: with a trailing {@code /}, so that {@code companysettings} resolves below it. */
    static URI asBase(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    private static URI parse(Setting setting, Kind kind, Problems problems) {
        String fix = " Set it to an absolute URL such as " + kind.example + ".";
        String prefix = setting.where() + " is '" + shown(setting.text()) + "', ";
        URI uri;
        try {
            uri = new URI(setting.text());
        } catch (URISyntaxException e) {
            problems.add(Problems.MALFORMED_URL, prefix + "not a URL (" + e.getReason() + " at index "
                    + e.getIndex() + ")." + fix);
            return null;
        }
        String problem = null;
        if (!uri.isAbsolute() || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            problem = "not an absolute http or https URL.";
        } else if (uri.getHost() == null) {
            problem = "a URL without a host name.";
        } else if (uri.getRawUserInfo() != null) {
            problem = "a URL with a user name or password in it; those do not belong in a URL.";
        } else if (uri.getRawFragment() != null) {
            problem = "a URL with a fragment (#...), which this URL must not have.";
        } else if (!kind.queryAllowed && uri.getRawQuery() != null) {
            problem = "a URL with a query (?...), which this URL must not have.";
        }
        if (problem != null) {
            problems.add(Problems.MALFORMED_URL, prefix + problem + fix);
            return null;
        }
        return uri;
    }

    private static boolean isLegacy(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT) + "/";
        return LEGACY_HOSTS.contains(host) || host.endsWith(LEGACY_SANDBOX_SUFFIX) || path.contains(LEGACY_PATH);
    }

    private static boolean isVersion1(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        return path.contains("/v1/") || path.endsWith("/v1");
    }

    /** The text as typed, except a user name and password, which may be a secret. */
    private static String shown(String text) {
        return text.replaceAll("(?<=//)[^/?#]*@", "(hidden)@");
    }
}
