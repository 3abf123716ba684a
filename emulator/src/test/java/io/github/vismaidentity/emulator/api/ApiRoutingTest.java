package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.SeededCustomer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRoutingTest extends ApiTestBase {

    private static final Company DEMO_AB = Seed.users().get(0).companies().get(0);

    @ParameterizedTest
    @ValueSource(strings = {"/v2/", "/v2/invoices", "/v2/customers/" + "0c9d2b54-3f0e-4ad4-9a2f-5a1f1b2c3d4e/notes/x",
            "/v2/termsofpayments/a/b"})
    void anUnknownApiPathIs404WithVismasErrorBody(String path) {
        HttpResponse<String> response = get(emulator.baseUri().resolve(path).toString(), demo());

        assertThat(errorCode(response, 404)).isEqualTo(4004);
        assertThat(message(response)).contains(path);
    }

    @ParameterizedTest
    @CsvSource({"DELETE, customers, 'GET, POST'", "PATCH, customers/0c9d2b54-3f0e-4ad4-9a2f-5a1f1b2c3d4e, 'GET, PUT'",
            "POST, termsofpayments, GET", "PUT, companysettings, GET"})
    void aMethodThePathLacksIs405NamingTheAllowedOnes(String method, String path, String allowed) {
        HttpResponse<String> response = send(method, path, "{}", null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains(allowed);
        assertThat(message(response)).contains(method, allowed.replace(", ", " or "));
    }

    @Test
    void aTrailingSlashReachesTheSameOperation() {
        assertThat(meta(ok(get("customers/", demo())), "TotalNumberOfResults")).isEqualTo(DEMO_AB.customers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Name\": ", "[]", "", "not json", "{\"Name\": \"A\"} trailing"})
    void aBodyThatIsNotAJsonObjectIs400(String body) {
        HttpResponse<String> response = send("POST", "customers", body, demo());

        assertThat(errorCode(response, 400)).isEqualTo(4000);
        assertThat(message(response)).contains("JSON object");
    }

    @Test
    void everyRequestToACustomersPathCountsAsTheCustomersEndpointAndOtherResourcesAsTheApi() {
        String token = demo();
        emulator.control().resetCounters();

        get("customers", token);
        get("customers/" + SeededCustomer.of(DEMO_AB, 1).id(), token);
        send("DELETE", "customers", null, token);
        get("termsofpayments", token);
        get("companysettings", token);
        get("users", token);

        assertThat(emulator.control().requests(Endpoint.API_CUSTOMERS)).isEqualTo(3);
        assertThat(emulator.control().requests(Endpoint.API)).isEqualTo(1);
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS)).isEqualTo(1);
        assertThat(emulator.control().requests(Endpoint.API_USERS)).isEqualTo(1);
    }

    @Test
    void theLimitCountsEachPathTemplateOnceForAllItsIdsAndMethods() {
        String token = demo();
        emulator.control().rateLimitPerMinute(3);
        List<SeededCustomer> seeded = SeededCustomer.of(DEMO_AB);
        for (int i = 0; i < 3; i++) {
            ok(get("customers/" + seeded.get(i).id(), token));
        }

        HttpResponse<String> fourthId = get("customers/" + seeded.get(3).id(), token);
        HttpResponse<String> replace = put("customers/" + seeded.get(0).id(), Map.of(), token);

        assertThat(errorCode(fourthId, 429)).isEqualTo(4010);
        assertThat(message(fourthId)).matches("Rate limit exceeded\\. Try again in \\d+ seconds\\.");
        assertThat(errorCode(replace, 429)).as("PUT on the same template").isEqualTo(4010);
        ok(get("customers", token));
        ok(get("customers", token));
        body(post("customers", Map.of(), token), 400);
        assertThat(errorCode(post("customers", Map.of(), token), 429)).as("GET and POST customers share").isEqualTo(4010);
        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isEqualTo(3);
    }

    @Test
    void termsOfPaymentListAndGetWithTermsOfPaymentApisProperties() {
        String token = demo();

        List<Map<String, Object>> terms = data(ok(get("termsofpayments", token)));

        assertThat(terms).hasSize(7).allSatisfy(term -> assertThat(term.keySet()).containsExactly("Id", "Name",
                "NameEnglish", "NumberOfDays", "TermsOfPaymentTypeId", "TermsOfPaymentTypeText", "AvailableForSales",
                "AvailableForPurchase"));
        assertThat(terms.get(0)).containsEntry("Name", "30 dagar netto").containsEntry("NumberOfDays", 30L)
                .containsEntry("TermsOfPaymentTypeId", 0L);
        assertThat(ok(get("termsofpayments/" + terms.get(5).get("Id"), token))).isEqualTo(terms.get(5));
        assertThat(data(ok(get("termsofpayments?$filter=" + "startswith(Name,'Kort')", token))))
                .extracting(term -> term.get("NameEnglish")).containsExactly("Card payment");
        assertThat(errorCode(get("termsofpayments/" + UUID.randomUUID(), token), 404)).isEqualTo(4004);
        assertThat(data(ok(get("termsofpayments", token("demo", "Demo Norge AS", SALES)))).get(0))
                .containsEntry("Name", "30 dager netto").doesNotContainEntry("Id", terms.get(0).get("Id"));
    }

    @ParameterizedTest(name = "{0} {1} with {2}: {3}")
    @CsvSource({
            "GET,  companysettings,  ea:sales_readonly,    200",
            "GET,  companysettings,  ea:purchase,          403",
            "GET,  users,            ,                     200",
            "GET,  termsofpayments,  ea:purchase_readonly, 200",
            "GET,  termsofpayments,  ea:sales,             200",
            "GET,  termsofpayments,  ea:accounting,        403",
            "GET,  termsofpayments/ID_TERMS, ea:purchase,  200",
            "GET,  termsofpayments/ID_TERMS, ,             403",
            "GET,  customers,        ea:sales_readonly,    200",
            "GET,  customers,        ea:purchase,          403",
            "GET,  customers/ID_CUSTOMER, ea:accounting,   403",
            "POST, customers,        ea:sales_readonly,    403",
            "PUT,  customers/ID_CUSTOMER, ea:purchase,     403",
    })
    void eachOperationAcceptsTheScopesVismasDescriptionLists(String method, String path, String scope, int status) {
        String token = token("demo", "Demo AB", API_ONLY + (scope == null ? "" : " " + scope));
        String terms = TermsOfPayments.id(DEMO_AB, 0);
        String resolved = path.replace("ID_TERMS", terms).replace("ID_CUSTOMER", SeededCustomer.of(DEMO_AB, 1).id());

        HttpResponse<String> response = send(method, resolved, method.equals("GET") ? null : "{}", token);

        if (status == 403) {
            assertThat(errorCode(response, 403)).isEqualTo(4006);
            assertThat(message(response)).startsWith("NoAccessToScopes: " + method + " /v2/" + path.replace("ID_TERMS", "{id}")
                    .replace("ID_CUSTOMER", "{customerId}") + " accepts a token with scope ");
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        }
    }
}
