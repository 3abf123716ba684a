package io.github.vismaidentity.eaccounting.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code src/test/resources/openapi/eaccounting-api-v2-modelled.yaml}: the part of Visma's
 * OpenAPI description of API v2 that the client models, copied line for line: the operations the
 * client calls (the path, only the methods it calls) and the schemas its records map. Cut by
 * indentation, not re-serialised, so the copy is Visma's text. JDK only, so that it runs as a
 * single source file; from the repository root:
 * <pre>
 * java eaccounting-client/src/test/java/io/github/vismaidentity/eaccounting/model/ModelledDescription.java \
 *     path/to/eaccounting-api-v2.yaml \
 *     eaccounting-client/src/test/resources/openapi/eaccounting-api-v2-modelled.yaml
 * </pre>
 * {@link OpenApiAgreementTest} fails when an operation or a record's schema is missing from the copy,
 * so a new operation or record is added to the lists below and the copy written again.
 */
public final class ModelledDescription {

    /** Path (as the description spells it) to the methods the client calls on it. */
    static final Map<String, Set<String>> OPERATIONS = Map.ofEntries(
            Map.entry("/companysettings", Set.of("get")),
            Map.entry("/users", Set.of("get")),
            Map.entry("/fiscalyears", Set.of("get")),
            Map.entry("/fiscalyears/{id}", Set.of("get")),
            Map.entry("/accounts", Set.of("get")),
            Map.entry("/vatcodes", Set.of("get")),
            Map.entry("/vatcodes/{id}", Set.of("get")),
            Map.entry("/termsofpayments", Set.of("get")),
            Map.entry("/termsofpayments/{id}", Set.of("get")),
            Map.entry("/customers", Set.of("get", "post")),
            Map.entry("/customers/{customerId}", Set.of("get", "put")),
            Map.entry("/suppliers", Set.of("get", "post")),
            Map.entry("/suppliers/{id}", Set.of("get")),
            Map.entry("/articles", Set.of("get", "post")),
            Map.entry("/articles/{articleId}", Set.of("get")),
            Map.entry("/articleaccountcodings", Set.of("get")),
            Map.entry("/articleaccountcodings/{articleAccountCodingId}", Set.of("get")),
            Map.entry("/units", Set.of("get")),
            Map.entry("/units/{id}", Set.of("get")),
            Map.entry("/projects", Set.of("get", "post")),
            Map.entry("/projects/{id}", Set.of("get")),
            Map.entry("/customerinvoicedrafts", Set.of("get", "post")),
            Map.entry("/customerinvoicedrafts/{invoiceDraftId}", Set.of("get")),
            Map.entry("/customerinvoicedrafts/{customerInvoiceDraftId}/convert", Set.of("post")),
            Map.entry("/customerinvoices", Set.of("get", "post")),
            Map.entry("/customerinvoices/{invoiceId}", Set.of("get")),
            Map.entry("/supplierinvoices", Set.of("get")),
            Map.entry("/supplierinvoices/{id}", Set.of("get")),
            Map.entry("/vouchers", Set.of("get", "post")),
            Map.entry("/vouchers/{fiscalyearId}/{voucherId}", Set.of("get")),
            Map.entry("/attachments", Set.of("post")),
            Map.entry("/attachments/{attachmentId}", Set.of("get")),
            Map.entry("/attachmentlinks", Set.of("post")));

    /** The schemas the client's records map (see the table of {@link OpenApiAgreementTest}). */
    static final List<String> SCHEMAS = List.of("CommonPaginationMetadata", "CompanySettingsApi", "UserApi",
            "FiscalYearApi", "AccountApi", "VatCodeApi", "TermsOfPaymentApi", "CustomerApi", "SupplierApi", "ArticleApi",
            "ArticleAccountCodingApi", "UnitApi", "ProjectApi", "CustomerInvoiceDraftApi", "CustomerInvoiceDraftRowApi", "CustomerInvoiceApi",
            "CustomerInvoiceRowApi", "SupplierInvoiceApi", "SupplierInvoiceRowApi", "VoucherApi", "VoucherRowApi",
            "Attachment", "AttachmentUploadApi", "AttachmentLinkApi");

    private ModelledDescription() {
    }

    /**
     * @param args the full description to read, and the file to write
     * @throws IOException if either cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        List<String> source = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(
                "# The part of Visma's OpenAPI description of the eAccounting API v2 that the client models, copied",
                "# verbatim from " + Path.of(args[0]).getFileName() + " (as shared at /work/shared/reference/) on "
                        + LocalDate.now() + ":",
                "# the operations the client calls (only the methods it calls) and the schemas its records map.",
                "# Other schemas the copy refers to ($ref) are not copied. Test data for OpenApiAgreementTest;",
                "# regenerate with ModelledDescription (its javadoc has the command) from Visma's full file, never edit by hand.",
                source.get(0), "paths:"));
        int paths = source.indexOf("paths:");
        for (Map.Entry<String, Set<String>> path : OPERATIONS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            int start = find(source, paths, "  " + path.getKey() + ":");
            out.add(source.get(start));
            for (String method : path.getValue().stream().sorted().toList()) {
                out.addAll(block(source, find(source, start, "    " + method + ":"), 4));
            }
        }
        out.add("components:");
        out.add("  schemas:");
        int schemas = find(source, source.indexOf("components:"), "  schemas:");
        for (String schema : SCHEMAS) {
            out.addAll(block(source, find(source, schemas, "    " + schema + ":"), 4));
        }
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }

    private static int find(List<String> lines, int from, String line) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + line.strip() + "' is not in the description after line " + from);
    }

    /** The key at {@code start} and every line below it indented deeper than {@code indent}. */
    private static List<String> block(List<String> lines, int start, int indent) {
        int end = start + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent)) {
            end++;
        }
        return lines.subList(start, end);
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
