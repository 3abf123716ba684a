package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies of the wrong shape (a string where rows go, rows that are numbers, an id that is a number) get
 * Visma's 400 naming the field, from every create of the bookkeeping resources: never a 500 or no answer.
 */
class BooksMalformedBodyTest extends BooksApiTestBase {

    /** A create's path, a malformed body, and the field and error code Visma's 400 must name. */
    private record Case(String path, Map<String, Object> body, String field, String code) {
    }

    private static final String INVALID = "InvalidValue";

    private static List<Case> malformed() {
        return List.of(
                new Case("vouchers", object("VoucherText", "x", "Rows", "many"), "Rows", INVALID),
                new Case("vouchers", object("VoucherText", "x", "Rows", List.of(1, 2)), "Rows", INVALID),
                new Case("vouchers", object("VoucherText", "x", "VoucherDate", 20240131, "Rows",
                        List.of(object("AccountNumber", 1930, "DebitAmount", 1))), "VoucherDate", INVALID),
                new Case("vouchers", object("VoucherText", List.of("x"), "Rows", List.of(
                        object("AccountNumber", "1930", "DebitAmount", "ten"))), "Rows[0].AccountNumber", INVALID),
                new Case("suppliers", object("Name", 42, "TermsOfPaymentId", 7), "TermsOfPaymentId", INVALID),
                new Case("articles", object("Number", true, "IsActive", "yes", "CodingId", "nope"), "IsActive",
                        INVALID),
                new Case("projects", object("Number", "1a", "Name", "X", "Status", 1.5, "StartDate", "soon"),
                        "StartDate", INVALID),
                new Case("customerinvoices", object("CustomerId", 5, "EuThirdParty", "no",
                        "RotReducedInvoicingType", "0", "Rows", List.of(object("ArticleId", 3, "Quantity", "two"))),
                        "Rows[0].ArticleId", INVALID),
                new Case("customerinvoicedrafts", object("CustomerId", "x", "Rows", object("IsTextRow", true)),
                        "Rows", INVALID),
                new Case("attachments", object("ContentType", 1, "FileName", List.of(), "Data", 5), "Data", INVALID),
                new Case("attachmentlinks", object("DocumentType", "3", "DocumentId", 1, "AttachmentIds", "a"),
                        "AttachmentIds", INVALID));
    }

    @Test
    void everyCreateAnswersAMalformedBodyWith400NamingTheField() {
        String token = demo(ALL);
        for (Case malformed : malformed()) {
            assertThat(fieldErrors(post(malformed.path(), malformed.body(), token)))
                    .as("POST %s %s", malformed.path(), malformed.body()).anySatisfy(error -> {
                        assertThat(error.get("Field")).isEqualTo(malformed.field());
                        assertThat(error.get("ErrorCode")).isEqualTo(malformed.code());
                    });
        }
    }

    @Test
    void noFieldErrorEchoesALongValueWhole() {
        String token = demo(ALL);
        String secret = "eyJhbGciOiJSUzI1NiJ9." + "x".repeat(120);

        List<HttpResponse<String>> refusals = List.of(
                post("vouchers", object("VoucherText", "x", "VoucherDate", secret, "Rows", List.of()), token),
                post("attachments", object("ContentType", "application/pdf", "FileName", secret + "!", "Data",
                        "JVBERi0="), token),
                post("attachments", object("ContentType", "application/pdf", "FileName", "a.pdf",
                        "Url", "ftp://" + secret), token));

        assertThat(refusals).allSatisfy(refusal -> {
            assertThat(refusal.statusCode()).isEqualTo(400);
            assertThat(refusal.body()).doesNotContain(secret.substring(20));
        });
    }
}
