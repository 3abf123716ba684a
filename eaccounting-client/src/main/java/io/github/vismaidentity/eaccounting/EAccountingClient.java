package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.client.Sleeper;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.JaxRsClients;
import io.github.vismaidentity.eaccounting.http.Json;
import io.github.vismaidentity.eaccounting.http.Pacer;
import io.github.vismaidentity.eaccounting.resources.Accounts;
import io.github.vismaidentity.eaccounting.resources.ArticleAccountCodings;
import io.github.vismaidentity.eaccounting.resources.Articles;
import io.github.vismaidentity.eaccounting.resources.Attachments;
import io.github.vismaidentity.eaccounting.resources.CompanySettingsResource;
import io.github.vismaidentity.eaccounting.resources.CustomerInvoiceDrafts;
import io.github.vismaidentity.eaccounting.resources.CustomerInvoices;
import io.github.vismaidentity.eaccounting.resources.Customers;
import io.github.vismaidentity.eaccounting.resources.FiscalYears;
import io.github.vismaidentity.eaccounting.resources.Projects;
import io.github.vismaidentity.eaccounting.resources.SupplierInvoices;
import io.github.vismaidentity.eaccounting.resources.Suppliers;
import io.github.vismaidentity.eaccounting.resources.TermsOfPayments;
import io.github.vismaidentity.eaccounting.resources.Units;
import io.github.vismaidentity.eaccounting.resources.Users;
import io.github.vismaidentity.eaccounting.resources.VatCodes;
import io.github.vismaidentity.eaccounting.resources.Vouchers;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.client.Client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The eAccounting API v2, typed, on the extension's tokens. In a request, inject it (the signed-in caller's
 * company); in a background job, build one and bind it to a company:
 * <pre>{@code
 * @Inject EAccountingClient eaccounting;                                   // the signed-in caller
 * Page<Customer> first = eaccounting.customers().list(Query.all());
 *
 * try (EAccountingClient client = EAccountingClient.builder().tokens(tokens).build()) {   // a job
 *     client.forCompany(companyId).customers().stream(Query.all()).forEach(this::importCustomer);
 * }
 * }</pre>
 * Each call gets its token from the client's token source, is refused before it is sent when the token set lacks the
 * operation's scope ({@link MissingScopeException}), waits its turn under {@link Builder#callsPerMinute} per endpoint,
 * and fails with an {@link EAccountingException} subtype. Thread-safe; build one per application and close it at
 * shutdown ({@link #forCompany} and {@link #forUser} views share its HTTP client and pacing).
 */
public final class EAccountingClient implements AutoCloseable {

    /** Visma's production API. */
    public static final URI DEFAULT_API_BASE_URL = URI.create("https://eaccountingapi.vismaonline.com/v2/");
    /** Visma's limit per client and endpoint. */
    public static final int DEFAULT_CALLS_PER_MINUTE = 600;

    private final Shared shared;
    private final ApiCalls calls;
    private final boolean root;

    /** What every view of one client shares. */
    private record Shared(URI apiBase, VismaTokens tokens, Client http, Jsonb jsonb, Pacer pacer) {
    }

    private EAccountingClient(Shared shared, Supplier<VismaAccessToken> tokenSource, boolean root) {
        this.shared = shared;
        this.calls = new ApiCalls(shared.apiBase(), shared.http(), shared.jsonb(), shared.pacer(), tokenSource);
        this.root = root;
    }

    /** A builder: {@link Builder#tokens} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same client for the company, with the token of its most recently used connection (a job, no request). */
    public EAccountingClient forCompany(String companyId) {
        String company = required(companyId, "companyId");
        return new EAccountingClient(shared, () -> shared.tokens().forCompany(company), false);
    }

    /** The same client for this user's connection to the company. */
    public EAccountingClient forUser(String subject, String companyId) {
        String user = required(subject, "subject");
        String company = required(companyId, "companyId");
        return new EAccountingClient(shared, () -> shared.tokens().forUser(user, company), false);
    }

    /**
     * The same client with each call's token from {@code token}, for instance the signed-in caller's (the injected
     * client is this view).
     */
    public EAccountingClient forToken(Supplier<VismaAccessToken> token) {
        return new EAccountingClient(shared, Objects.requireNonNull(token, "token"), false);
    }

    /** The company's settings. */
    public CompanySettingsResource companySettings() {
        return new CompanySettingsResource(calls);
    }

    /** The company's users. */
    public Users users() {
        return new Users(calls);
    }

    /** Fiscal years. */
    public FiscalYears fiscalYears() {
        return new FiscalYears(calls);
    }

    /** The chart of accounts. */
    public Accounts accounts() {
        return new Accounts(calls);
    }

    /** VAT codes. */
    public VatCodes vatCodes() {
        return new VatCodes(calls);
    }

    /** Terms of payment. */
    public TermsOfPayments termsOfPayments() {
        return new TermsOfPayments(calls);
    }

    /** Customers: list, get, create, update. */
    public Customers customers() {
        return new Customers(calls);
    }

    /** Suppliers: list, get, create. */
    public Suppliers suppliers() {
        return new Suppliers(calls);
    }

    /** Articles: list, get, create. */
    public Articles articles() {
        return new Articles(calls);
    }

    /** Article account codings (what an article's {@code CodingId} names): list, get. */
    public ArticleAccountCodings articleAccountCodings() {
        return new ArticleAccountCodings(calls);
    }

    /** Units (what an article's {@code UnitId} names): list, get. */
    public Units units() {
        return new Units(calls);
    }

    /** Projects: list, get, create. */
    public Projects projects() {
        return new Projects(calls);
    }

    /** Customer invoice drafts: list, get, create, convert to an invoice. */
    public CustomerInvoiceDrafts customerInvoiceDrafts() {
        return new CustomerInvoiceDrafts(calls);
    }

    /** Customer invoices: list, get, create. */
    public CustomerInvoices customerInvoices() {
        return new CustomerInvoices(calls);
    }

    /** Supplier invoices: list, get. */
    public SupplierInvoices supplierInvoices() {
        return new SupplierInvoices(calls);
    }

    /** Vouchers: list, get, create. */
    public Vouchers vouchers() {
        return new Vouchers(calls);
    }

    /** Attachments: upload, get, link to a document. */
    public Attachments attachments() {
        return new Attachments(calls);
    }

    /**
     * Closes the HTTP client and JSON-B of this client and of every view of it; a view's own {@code close} does
     * nothing, so a job may use a view in try-with-resources without closing the application's client.
     */
    @Override
    public void close() {
        if (root) {
            try (Jsonb jsonb = shared.jsonb()) {
                shared.http().close();
            } catch (Exception e) {
                throw new IllegalStateException("Closing the eAccounting client's JSON-B failed", e);
            }
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required, not " + (value == null ? "null" : "blank"));
        }
        return value;
    }

    /** Settings of a client. */
    public static final class Builder {

        private URI apiBase = DEFAULT_API_BASE_URL;
        private VismaTokens tokens;
        private Supplier<VismaAccessToken> callerToken;
        private int callsPerMinute = DEFAULT_CALLS_PER_MINUTE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.THREAD;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(20);

        private Builder() {
        }

        /**
         * The API's base URL, ending in {@code /v2/} (a missing final slash is added); default
         * {@code https://eaccountingapi.vismaonline.com/v2/}. The emulator's is its {@code apiBaseUri()}.
         */
        public Builder apiBaseUrl(URI apiBaseUrl) {
            Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
            if (!apiBaseUrl.isAbsolute() || !(apiBaseUrl.getScheme().equals("https")
                    || apiBaseUrl.getScheme().equals("http")) || apiBaseUrl.getRawQuery() != null) {
                throw new IllegalArgumentException("The API base URL is an absolute http(s) URL without a query, "
                        + "such as https://eaccountingapi.vismaonline.com/v2/, not " + apiBaseUrl);
            }
            this.apiBase = apiBaseUrl.getPath().endsWith("/") ? apiBaseUrl
                    : URI.create(apiBaseUrl + "/");
            return this;
        }

        /** The tokens service (inject {@code VismaTokens}): tokens by company, and a new one after a 401. */
        public Builder tokens(VismaTokens tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /**
         * Where the client itself (not a {@link #forCompany} view) gets each call's token, for instance the signed-in
         * caller's {@code @VismaToken VismaAccessToken}. Without it, use the client through its views.
         */
        public Builder callerToken(Supplier<VismaAccessToken> callerToken) {
            this.callerToken = Objects.requireNonNull(callerToken, "callerToken");
            return this;
        }

        /**
         * Calls a minute per endpoint that this client starts at most (default 600, Visma's limit; 0: no pacing). It
         * counts this JVM's calls: with N nodes on one client id, give each 600 / N.
         */
        public Builder callsPerMinute(int callsPerMinute) {
            if (callsPerMinute < 0) {
                throw new IllegalArgumentException("callsPerMinute is 0 (no pacing) or more, not " + callsPerMinute);
            }
            this.callsPerMinute = callsPerMinute;
            return this;
        }

        /** The clock pacing reads (default the system's UTC clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** For tests: how a paced call waits. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** For tests: the HTTP timeouts (default 5 s to connect, 20 s to read). */
        Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = connect;
            this.readTimeout = read;
            return this;
        }

        /** The client; close it at shutdown. */
        public EAccountingClient build() {
            if (tokens == null) {
                throw new IllegalStateException("An EAccountingClient needs tokens(VismaTokens): inject VismaTokens "
                        + "and pass it to the builder");
            }
            Client http = JaxRsClients.create(tokens, connectTimeout, readTimeout);
            Shared shared = new Shared(apiBase, tokens, http, Json.create(), new Pacer(callsPerMinute, clock, sleeper));
            return new EAccountingClient(shared, callerToken != null ? callerToken : () -> {
                throw new IllegalStateException("This EAccountingClient has no caller token: call forCompany(companyId) "
                        + "or forUser(subject, companyId) first, or build it with callerToken(...)");
            }, true);
        }
    }
}
