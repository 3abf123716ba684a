package io.github.vismaidentity.eaccounting.http;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every eAccounting API v2 operation the client calls: its HTTP method, its path template relative to
 * {@code /v2/}, and the scopes of which it accepts any one, as Visma's OpenAPI description of the operation lists
 * them ("Requires any of the following scopes"). The first scope listed is the one the client asks users to add.
 */
public enum Operation {
    COMPANY_SETTINGS_GET("GET", "companysettings", salesRead()),
    USERS_LIST("GET", "users", allRead("ea:sales", "ea:purchase", "ea:accounting")),
    FISCAL_YEARS_LIST("GET", "fiscalyears", salesOrAccountingRead()),
    FISCAL_YEARS_GET("GET", "fiscalyears/{id}", salesOrAccountingRead()),
    ACCOUNTS_LIST("GET", "accounts", accountingRead()),
    VAT_CODES_LIST("GET", "vatcodes", accountingRead()),
    VAT_CODES_GET("GET", "vatcodes/{id}", accountingRead()),
    TERMS_OF_PAYMENTS_LIST("GET", "termsofpayments", salesOrPurchaseRead()),
    TERMS_OF_PAYMENTS_GET("GET", "termsofpayments/{id}", salesOrPurchaseRead()),
    CUSTOMERS_LIST("GET", "customers", salesRead()),
    CUSTOMERS_GET("GET", "customers/{customerId}", salesRead()),
    CUSTOMERS_CREATE("POST", "customers", "ea:sales"),
    CUSTOMERS_UPDATE("PUT", "customers/{customerId}", "ea:sales"),
    SUPPLIERS_LIST("GET", "suppliers", purchaseRead()),
    SUPPLIERS_GET("GET", "suppliers/{id}", purchaseRead()),
    SUPPLIERS_CREATE("POST", "suppliers", "ea:purchase"),
    ARTICLES_LIST("GET", "articles", salesRead()),
    ARTICLES_GET("GET", "articles/{articleId}", salesRead()),
    ARTICLES_CREATE("POST", "articles", "ea:sales"),
    ARTICLE_ACCOUNT_CODINGS_LIST("GET", "articleaccountcodings", salesRead()),
    ARTICLE_ACCOUNT_CODINGS_GET("GET", "articleaccountcodings/{articleAccountCodingId}", salesRead()),
    UNITS_LIST("GET", "units", salesRead()),
    UNITS_GET("GET", "units/{id}", salesRead()),
    PROJECTS_LIST("GET", "projects", anyRead()),
    PROJECTS_GET("GET", "projects/{id}", anyRead()),
    PROJECTS_CREATE("POST", "projects", "ea:accounting"),
    CUSTOMER_INVOICE_DRAFTS_LIST("GET", "customerinvoicedrafts", salesRead()),
    /** Visma's description names this parameter {@code invoiceDraftId}, the convert's {@code customerInvoiceDraftId}. */
    CUSTOMER_INVOICE_DRAFTS_GET("GET", "customerinvoicedrafts/{invoiceDraftId}", salesRead()),
    CUSTOMER_INVOICE_DRAFTS_CREATE("POST", "customerinvoicedrafts", "ea:sales"),
    CUSTOMER_INVOICE_DRAFTS_CONVERT("POST", "customerinvoicedrafts/{customerInvoiceDraftId}/convert", "ea:sales"),
    CUSTOMER_INVOICES_LIST("GET", "customerinvoices", salesRead()),
    CUSTOMER_INVOICES_GET("GET", "customerinvoices/{invoiceId}", salesRead()),
    /** Visma's description accepts {@code ea:sales_readonly} for this write too; listed as it says. */
    CUSTOMER_INVOICES_CREATE("POST", "customerinvoices", salesRead()),
    SUPPLIER_INVOICES_LIST("GET", "supplierinvoices", purchaseRead()),
    SUPPLIER_INVOICES_GET("GET", "supplierinvoices/{id}", purchaseRead()),
    VOUCHERS_LIST("GET", "vouchers", accountingRead()),
    VOUCHERS_GET("GET", "vouchers/{fiscalyearId}/{voucherId}", accountingRead()),
    VOUCHERS_CREATE("POST", "vouchers", "ea:accounting"),
    ATTACHMENTS_UPLOAD("POST", "attachments", "ea:purchase", "ea:accounting"),
    ATTACHMENTS_GET("GET", "attachments/{attachmentId}", allRead("ea:purchase", "ea:accounting")),
    ATTACHMENT_LINKS_CREATE("POST", "attachmentlinks", "ea:accounting", "ea:purchase");

    private final String method;
    private final String pathTemplate;
    private final List<String> acceptedScopes;
    private final int parameterCount;

    Operation(String method, String pathTemplate, String... acceptedScopes) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.acceptedScopes = List.of(acceptedScopes);
        this.parameterCount = (int) Parameters.PATTERN.matcher(pathTemplate).results().count();
    }

    // Static methods, not constants: an enum's constructor arguments cannot read its static fields.
    private static String[] salesOrAccountingRead() {
        return allRead("ea:sales", "ea:accounting");
    }

    private static String[] salesOrPurchaseRead() {
        return allRead("ea:sales", "ea:purchase");
    }

    /** Projects list the accounting scopes first. */
    private static String[] anyRead() {
        return allRead("ea:accounting", "ea:sales", "ea:purchase");
    }

    /** Each scope followed by its read-only form, as Visma lists them. */
    private static String[] allRead(String... scopes) {
        return Arrays.stream(scopes).flatMap(scope -> Stream.of(scope, scope + "_readonly"))
                .toArray(String[]::new);
    }

    private static String[] salesRead() {
        return allRead("ea:sales");
    }

    private static String[] purchaseRead() {
        return allRead("ea:purchase");
    }

    private static String[] accountingRead() {
        return allRead("ea:accounting");
    }

    /** The parameters of a path template; a holder, since an enum's constructor cannot read its own statics. */
    private static final class Parameters {
        static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z]+)}");
    }

    /** {@code GET}, {@code POST} or {@code PUT}. */
    public String method() {
        return method;
    }

    /** The path relative to {@code /v2/}, with its parameters in braces: {@code customers/{customerId}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** The scopes of which the operation accepts any one, in the order Visma lists them. */
    public List<String> acceptedScopes() {
        return acceptedScopes;
    }

    /** The scope to add when a token has none of {@link #acceptedScopes()}: the first one Visma lists. */
    public String scopeToAdd() {
        return acceptedScopes.get(0);
    }

    /** Whether a token granted {@code granted} may call it; an empty set (not known) may. */
    public boolean allows(Set<String> granted) {
        return granted.isEmpty() || acceptedScopes.stream().anyMatch(granted::contains);
    }

    /** As errors name it: {@code POST /v2/customers/{customerId}}. */
    public String describe() {
        return method + " /v2/" + pathTemplate;
    }

    /** The path with {@code parameters} in place, each percent-encoded as a path segment. */
    public String path(Object... parameters) {
        if (parameters.length != parameterCount) {
            throw new IllegalArgumentException(describe() + " takes " + parameterCount + " path parameters, not "
                    + parameters.length);
        }
        StringBuilder path = new StringBuilder();
        Matcher matcher = Parameters.PATTERN.matcher(pathTemplate);
        int index = 0;
        while (matcher.find()) {
            Object value = parameters[index];
            if (value == null || value.toString().isBlank() || value.toString().matches("\\.{1,2}")) {
                // "." and ".." would move the call to another path once the URL is resolved
                throw new IllegalArgumentException(describe() + ": {" + matcher.group(1) + "} needs an id, not "
                        + (value == null ? "null" : "'" + value + "'"));
            }
            index++;
            matcher.appendReplacement(path, Matcher.quoteReplacement(UrlEncoding.encode(value.toString())));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
