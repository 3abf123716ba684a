package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.SeededCustomer;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomersApiTest extends ApiTestBase {

    private static final Company DEMO_AB = Seed.users().get(0).companies().get(0);

    /** The id of Demo AB's first terms of payment ("30 dagar netto"). */
    private String termsId(String token) {
        return (String) data(ok(get("termsofpayments", token))).get(0).get("Id");
    }

    /** A customer with every required field, valid. */
    private Map<String, Object> newCustomer(String token) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("Name", "Nya Kunden AB");
        customer.put("InvoiceCity", "Visby");
        customer.put("InvoicePostalCode", "621 55");
        customer.put("IsActive", true);
        customer.put("IsPrivatePerson", false);
        customer.put("TermsOfPaymentId", termsId(token));
        return customer;
    }

    private static String encode(String filter) {
        return Browserless.encode(filter).replace("+", "%20");
    }

    @Test
    void listsTheSeededCustomersInTheirOrderWithCustomerApisPropertiesAndTheirTermsOfPayment() {
        String token = demo();
        SeededCustomer first = SeededCustomer.of(DEMO_AB, 1);

        Map<String, Object> customer = data(ok(get("customers", token))).get(0);

        assertThat(customer.keySet()).containsExactlyElementsOf(CustomerSchema.PROPERTIES);
        assertThat(customer).containsEntry("Id", first.id()).containsEntry("CustomerNumber", "1001")
                .containsEntry("Name", first.name()).containsEntry("InvoiceCity", first.city())
                .containsEntry("InvoicePostalCode", first.postalCode()).containsEntry("InvoiceCountryCode", "SE")
                .containsEntry("CurrencyCode", "SEK").containsEntry("IsActive", true).containsEntry("IsPrivatePerson", false)
                .containsEntry("ChangedUtc", first.changedUtc().toString()).containsEntry("TermsOfPaymentId", termsId(token))
                .containsEntry("GLN", null).containsEntry("CustomerLabels", List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = (Map<String, Object>) customer.get("TermsOfPayment");
        assertThat(terms).containsEntry("Id", termsId(token)).containsEntry("NumberOfDays", 30L);
    }

    @Test
    void theSeedIsRealisticAndFitsTheDescriptionsLengths() {
        List<SeededCustomer> customers = SeededCustomer.of(DEMO_AB);

        assertThat(customers).hasSize(DEMO_AB.customers()).allSatisfy(customer -> {
            assertThat(customer.name()).hasSizeLessThanOrEqualTo(50).doesNotContain("Customer");
            assertThat(customer.postalCode()).matches("\\d{3} \\d{2}");
            assertThat(customer.city()).hasSizeLessThanOrEqualTo(50);
            assertThat(customer.email()).endsWith(".example");
        });
        assertThat(customers.stream().map(SeededCustomer::city).distinct().count()).isGreaterThan(5);
        assertThat(customers).filteredOn(SeededCustomer::privatePerson).isNotEmpty()
                .allSatisfy(person -> assertThat(person.corporateIdentityNumber()).isNull());
        assertThat(customers.stream().map(SeededCustomer::id).distinct()).hasSize(customers.size());
    }

    @Test
    void everyStartServesTheSameCustomers() {
        Map<String, Object> here = ok(get("customers?$pagesize=1000", demo()));
        try (VismaEmulator other = VismaEmulator.builder().start()) {
            TokenCalls otherCalls = new TokenCalls(other, new Browserless());
            io.github.vismaidentity.emulator.support.SignIn signIn = new io.github.vismaidentity.emulator.support.SignIn(
                    other, new Browserless());
            String token = (String) TokenCalls.tokens(otherCalls.redeem(signIn.code(), signIn.verifier().getValue()))
                    .get("access_token");

            assertThat(data(ok(otherCalls.api("customers?$pagesize=1000", token)))).isEqualTo(data(here));
        }
    }

    @Test
    void filtersByTheContractsFieldsOverHttp() {
        String token = demo();
        List<SeededCustomer> seeded = SeededCustomer.of(DEMO_AB);
        SeededCustomer fifth = seeded.get(4);
        Instant changedAfter = seeded.get(299).changedUtc();

        assertThat(data(ok(get("customers?$filter=" + encode("Name eq '" + fifth.name().replace("'", "''") + "'"), token))))
                .extracting(customer -> customer.get("Name")).contains(fifth.name()).containsOnly(fifth.name());
        assertThat(meta(ok(get("customers?$filter=" + encode("IsActive eq false"), token)), "TotalNumberOfResults"))
                .isEqualTo(seeded.stream().filter(customer -> !customer.active()).count());
        assertThat(meta(ok(get("customers?$filter=" + encode("ChangedUtc gt " + changedAfter + " and IsActive eq true"),
                token)), "TotalNumberOfResults"))
                .isEqualTo(seeded.stream().filter(c -> c.changedUtc().isAfter(changedAfter) && c.active()).count());
        assertThat(data(ok(get("customers?$filter=" + encode("CustomerNumber eq '1007' or EmailAddress eq '"
                + seeded.get(7).email() + "'"), token)))).extracting(customer -> customer.get("CustomerNumber"))
                .containsExactly("1007", "1008");
    }

    @Test
    void anOBrienIsFoundWithTheQuoteDoubled() {
        String token = demo();
        Map<String, Object> customer = newCustomer(token);
        customer.put("Name", "O'Brien Konsult AB");
        body(post("customers", customer, token), 201);

        assertThat(data(ok(get("customers?$filter=" + encode("Name eq 'O''Brien Konsult AB'"), token))))
                .singleElement().satisfies(found -> assertThat(found.get("Name")).isEqualTo("O'Brien Konsult AB"));
    }

    @Test
    void ordersAndSelectsOverHttp() {
        Map<String, Object> page = ok(get("customers?$orderby=" + encode("CustomerNumber desc") + "&$select=Id,CustomerNumber&$pagesize=2", demo()));

        assertThat(data(page)).extracting(customer -> customer.get("CustomerNumber"))
                .containsExactly(String.valueOf(1000 + DEMO_AB.customers()), String.valueOf(999 + DEMO_AB.customers()));
        assertThat(data(page)).allSatisfy(customer -> assertThat(customer.keySet()).containsExactly("Id", "CustomerNumber"));
    }

    @Test
    void aFilterOnAFieldCustomersCannotBeFilteredByIsA400NamingIt() {
        HttpResponse<String> response = get("customers?$filter=" + encode("Telephone eq '08'"), demo());

        assertThat(errorCode(response, 400)).isEqualTo(4000);
        assertThat(message(response)).contains("'Telephone' is not a field customers can be filtered or ordered by")
                .contains("Name, CustomerNumber, EmailAddress, IsActive, ChangedUtc");
    }

    @Test
    void aFilterWithASyntaxErrorIsA400WithThePosition() {
        HttpResponse<String> response = get("customers?$filter=" + encode("(Name eq 'A'"), demo());

        assertThat(errorCode(response, 400)).isEqualTo(4000);
        assertThat(message(response)).isEqualTo("$filter: expected ')' at position 13, found the end of the filter");
    }

    @Test
    void getsACustomerByIdAndAnUnknownOrMalformedIdIs404With4004() {
        String token = demo();
        SeededCustomer third = SeededCustomer.of(DEMO_AB, 3);

        assertThat(ok(get("customers/" + third.id(), token))).containsEntry("Name", third.name());
        assertThat(ok(get("customers/" + third.id().toUpperCase(), token))).containsEntry("Id", third.id());
        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> missing = get("customers/" + unknown, token);
        assertThat(errorCode(missing, 404)).isEqualTo(4004);
        assertThat(message(missing)).contains(unknown);
        assertThat(errorCode(get("customers/not-a-guid", token), 404)).isEqualTo(4004);
    }

    @Test
    void aCreatedCustomerIs201WithWhatTheServerSetsAndIsListedAndFoundByItsCompanyOnly() {
        emulator.control().advanceClock(Duration.ofDays(3));
        String token = demo();
        Instant before = emulator.control().now();

        Map<String, Object> created = body(post("customers", newCustomer(token), token), 201);

        assertThat(UUID.fromString((String) created.get("Id"))).isNotNull();
        assertThat(created).containsEntry("Name", "Nya Kunden AB").containsEntry("CurrencyCode", "SEK")
                .containsEntry("CustomerNumber", String.valueOf(1001 + DEMO_AB.customers()));
        assertThat(Instant.parse((String) created.get("ChangedUtc"))).isBetween(before, emulator.control().now());
        assertThat(created.get("TermsOfPayment")).isNotNull();
        Map<String, Object> list = ok(get("customers?$filter=" + encode("Name eq 'Nya Kunden AB'"), token));
        assertThat(data(list)).singleElement().isEqualTo(created);
        assertThat(meta(ok(get("customers", token)), "TotalNumberOfResults")).isEqualTo(DEMO_AB.customers() + 1);
        assertThat(ok(get("customers/" + created.get("Id"), token))).isEqualTo(created);
        String norge = token("demo", "Demo Norge AS", SALES);
        assertThat(errorCode(get("customers/" + created.get("Id"), norge), 404)).isEqualTo(4004);
    }

    @Test
    void aGivenCustomerNumberIsKeptAndAnotherCustomersNumberIsAFieldError() {
        String token = demo();
        Map<String, Object> customer = newCustomer(token);
        customer.put("CustomerNumber", "K-77");
        assertThat(body(post("customers", customer, token), 201)).containsEntry("CustomerNumber", "K-77");

        List<Map<String, Object>> errors = fieldErrors(post("customers", customer, token));
        customer.put("CustomerNumber", "1001");
        List<Map<String, Object>> seededNumber = fieldErrors(post("customers", customer, token));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("Field", "CustomerNumber").containsEntry("ErrorCode", "InvalidValue");
            assertThat((String) error.get("Message")).contains("K-77", "already");
        });
        assertThat(seededNumber).extracting(error -> error.get("Field")).containsExactly("CustomerNumber");
    }

    @Test
    void replacingACustomerKeepsItsIdAndNumberAndDropsWhatIsNotSent() {
        String token = demo();
        SeededCustomer second = SeededCustomer.of(DEMO_AB, 2);
        Map<String, Object> replacement = newCustomer(token);
        replacement.put("Name", "Omdöpt AB");
        emulator.control().advanceClock(Duration.ofMinutes(10));

        Map<String, Object> replaced = ok(put("customers/" + second.id(), replacement, token));

        assertThat(replaced).containsEntry("Id", second.id()).containsEntry("CustomerNumber", "1002")
                .containsEntry("Name", "Omdöpt AB").containsEntry("Telephone", null).containsEntry("InvoiceCity", "Visby");
        assertThat(Instant.parse((String) replaced.get("ChangedUtc"))).isAfter(second.changedUtc());
        assertThat(ok(get("customers/" + second.id(), token))).isEqualTo(replaced);
        assertThat(meta(ok(get("customers", token)), "TotalNumberOfResults")).isEqualTo(DEMO_AB.customers());
    }

    @Test
    void replacingAnUnknownCustomerIs404AndAnInvalidReplacementChangesNothing() {
        String token = demo();
        SeededCustomer second = SeededCustomer.of(DEMO_AB, 2);
        Map<String, Object> invalid = newCustomer(token);
        invalid.remove("Name");

        assertThat(errorCode(put("customers/" + UUID.randomUUID(), newCustomer(token), token), 404)).isEqualTo(4004);
        assertThat(fieldErrors(put("customers/" + second.id(), invalid, token))).extracting(error -> error.get("Field"))
                .containsExactly("Name");
        assertThat(ok(get("customers/" + second.id(), token))).containsEntry("Name", second.name());
    }

    @Test
    void aTokenWithTheReadOnlyScopeReadsButCannotWrite() {
        String readOnly = token("demo", "Demo AB", SALES_READONLY);
        SeededCustomer first = SeededCustomer.of(DEMO_AB, 1);

        ok(get("customers", readOnly));
        ok(get("customers/" + first.id(), readOnly));
        HttpResponse<String> create = post("customers", newCustomer(readOnly), readOnly);
        HttpResponse<String> replace = put("customers/" + first.id(), newCustomer(readOnly), readOnly);

        assertThat(errorCode(create, 403)).isEqualTo(4006);
        assertThat(message(create)).contains("POST /v2/customers", "ea:sales").doesNotContain("readonly");
        assertThat(errorCode(replace, 403)).isEqualTo(4006);
        assertThat(message(replace)).contains("PUT /v2/customers/{customerId}");
        assertThat(meta(ok(get("customers", readOnly)), "TotalNumberOfResults")).isEqualTo(DEMO_AB.customers());
    }

    @Test
    void aTokenWithoutASalesScopeCannotReadCustomers() {
        String purchase = token("demo", "Demo AB", PURCHASE);

        assertThat(errorCode(get("customers", purchase), 403)).isEqualTo(4006);
        assertThat(errorCode(get("customers/" + SeededCustomer.of(DEMO_AB, 1).id(), purchase), 403)).isEqualTo(4006);
        assertThat(message(get("customers", purchase))).contains("ea:sales or ea:sales_readonly");
    }

    @Test
    void createdCustomersGetDistinctNumbersWhenCreatedAtOnce() throws Exception {
        String token = demo();
        Map<String, Object> customer = newCustomer(token);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> post("customers", customer, token)));
        }

        Set<Object> numbers = new java.util.HashSet<>();
        for (var future : posts) {
            numbers.add(body(future.get(), 201).get("CustomerNumber"));
        }

        assertThat(numbers).hasSize(8);
    }
}
