package io.github.vismaidentity.emulator.control;

/**
 * The emulator's HTTP endpoints, each with the path Visma's IdentityServer (or the eAccounting API)
 * uses. Counters and injected faults are kept per endpoint.
 */
public enum Endpoint {
    DISCOVERY("/.well-known/openid-configuration"),
    JWKS("/.well-known/openid-configuration/jwks"),
    AUTHORIZE("/connect/authorize"),
    /** The login form the authorize endpoint sends a browser to. */
    LOGIN("/account/login"),
    /** The company picker shown after a login, or when the client forces it. */
    COMPANY_PICKER("/account/company"),
    TOKEN("/connect/token"),
    REVOCATION("/connect/revocation"),
    USERINFO("/connect/userinfo"),
    END_SESSION("/connect/endsession"),
    API_COMPANY_SETTINGS("/v2/companysettings"),
    API_USERS("/v2/users"),
    /** {@code /v2/customers} and every path below it ({@code /v2/customers/{customerId}}). */
    API_CUSTOMERS("/v2/customers"),
    /** Every other path of the eAccounting API (terms of payment, invoices, ...). */
    API("/v2/"),
    /** The emulator's own home page, with links to try a sign-in in a browser. */
    HOME("/"),
    /** The built-in client behind the home page's links. */
    PLAYGROUND_START("/playground/start"),
    PLAYGROUND_CALLBACK("/playground/callback"),
    /** The test-control API for out-of-process tests; every path below it. */
    ADMIN("/_emulator/");

    private final String path;

    Endpoint(String path) {
        this.path = path;
    }

    /** The path on the emulator, for {@link #ADMIN} the prefix of every admin path. */
    public String path() {
        return path;
    }

    /**
     * True when a request to {@code requestPath} belongs to this endpoint: the same path, or for the
     * API's endpoints and {@link #ADMIN} a path below it. The router picks the longest matching path,
     * so {@code /v2/customers/1} is {@link #API_CUSTOMERS}, not {@link #API}.
     */
    public boolean serves(String requestPath) {
        if (requestPath.equals(path)) {
            return true;
        }
        if (this == ADMIN || this == API) {
            return requestPath.startsWith(path);
        }
        return name().startsWith("API_") && requestPath.startsWith(path + "/");
    }

    /** The name used in the admin API and in counter names: {@code TOKEN} is {@code token}. */
    public String externalName() {
        return ExternalNames.of(this);
    }

    /** The endpoint with the given {@link #externalName()}. */
    public static Endpoint fromExternalName(String name) {
        return ExternalNames.parse(Endpoint.class, name, "endpoint");
    }
}
