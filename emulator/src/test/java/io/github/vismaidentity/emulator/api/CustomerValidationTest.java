package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST customers} with one broken rule of Visma's {@code CustomerApi} at a time, and all at once. */
class CustomerValidationTest extends ApiTestBase {

    private String token;

    private Map<String, Object> valid() {
        token = token == null ? demo() : token;
        Map<String, Object> customer = new HashMap<>();
        customer.put("Name", "Giltig AB");
        customer.put("InvoiceCity", "Luleå");
        customer.put("InvoicePostalCode", "972 31");
        customer.put("IsActive", true);
        customer.put("IsPrivatePerson", false);
        customer.put("TermsOfPaymentId", data(ok(get("termsofpayments", token))).get(0).get("Id"));
        return customer;
    }

    /** The one field error of creating {@code customer}, after checking that nothing was created. */
    private Map<String, Object> onlyError(Map<String, Object> customer) {
        long before = meta(ok(get("customers", token)), "TotalNumberOfResults");
        List<Map<String, Object>> errors = fieldErrors(post("customers", customer, token));
        assertThat(meta(ok(get("customers", token)), "TotalNumberOfResults")).as("nothing created").isEqualTo(before);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void theValidCustomerOfTheseTestsIsCreated() {
        assertThat(body(post("customers", valid(), token), 201)).containsEntry("Name", "Giltig AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name", "InvoiceCity", "InvoicePostalCode", "IsActive", "IsPrivatePerson", "TermsOfPaymentId"})
    void eachRequiredFieldMissingIsARequiredError(String field) {
        Map<String, Object> customer = valid();
        customer.remove(field);

        assertThat(onlyError(customer)).containsEntry("Field", field).containsEntry("ErrorCode", "Required")
                .containsEntry("Key", field).containsEntry("Message", field + " is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name", "InvoiceCity", "InvoicePostalCode"})
    void aBlankRequiredTextIsARequiredError(String field) {
        Map<String, Object> customer = valid();
        customer.put(field, "  ");

        assertThat(onlyError(customer)).containsEntry("Field", field).containsEntry("ErrorCode", "Required");
    }

    @ParameterizedTest
    @CsvSource({"Name, 50", "InvoiceCity, 50", "InvoicePostalCode, 10", "CustomerNumber, 16", "EmailAddress, 255",
            "InvoiceCountryCode, 2", "CurrencyCode, 3", "CorporateIdentityNumber, 20", "Note, 4000", "VatNumber, 20"})
    void aTextLongerThanTheDescriptionsMaxLengthIsAMaxLengthErrorAndTheLimitItselfIsFine(String field, int max) {
        Map<String, Object> atLimit = valid();
        atLimit.put(field, "9".repeat(max));
        Map<String, Object> over = valid();
        over.put(field, "9".repeat(max + 1));

        body(post("customers", atLimit, token), 201);
        assertThat(onlyError(over)).containsEntry("Field", field).containsEntry("ErrorCode", "MaxLength")
                .containsEntry("Message", field + " may have at most " + max + " characters, not " + (max + 1));
    }

    @Test
    void aTermsOfPaymentIdOfNoTermsIsANotFoundError() {
        Map<String, Object> customer = valid();
        String unknown = UUID.randomUUID().toString();
        customer.put("TermsOfPaymentId", unknown);

        Map<String, Object> error = onlyError(customer);

        assertThat(error).containsEntry("Field", "TermsOfPaymentId").containsEntry("ErrorCode", "NotFound");
        assertThat((String) error.get("Message")).contains(unknown, "GET /v2/termsofpayments");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TermsOfPaymentId    | \"thirty days\"      | a GUID",
            "IsActive            | \"yes\"              | true or false",
            "IsPrivatePerson     | 1                    | true or false",
            "Name                | 42                   | a string",
            "DiscountPercentage  | 1.5                  | a fraction from 0 to 1",
            "DiscountPercentage  | 0.12345              | at most 4 decimals",
            "PropertyType        | 3                    | 1 (Apartment) or 2 (Property)",
            "WebshopCustomerNumber | 1.5                | a whole number",
            "EmailAddresses      | [\"a@x.example\",\"b@x.example\",\"c@x.example\",\"d@x.example\",\"e@x.example\",\"f@x.example\"] | at most 5",
            "EmailAddresses      | \"a@x.example\"      | an array of strings",
    })
    void aValueOfTheWrongKindIsAnInvalidValueErrorSayingWhatItMustBe(String field, String json, String expected)
            throws Exception {
        Map<String, Object> customer = valid();
        customer.put(field, com.nimbusds.jose.util.JSONObjectUtils.parse("{\"v\": " + json + "}").get("v"));

        Map<String, Object> error = onlyError(customer);

        assertThat(error).containsEntry("Field", field).containsEntry("ErrorCode", "InvalidValue");
        assertThat((String) error.get("Message")).contains(expected);
    }

    @Test
    void anEmptyCustomerGetsOneErrorPerRequiredFieldInOneAnswer() {
        token = demo();

        List<Map<String, Object>> errors = fieldErrors(post("customers", Map.of("Name", "x".repeat(51)), token));

        assertThat(errors).extracting(error -> error.get("Field") + ":" + error.get("ErrorCode")).containsExactlyInAnyOrder(
                "InvoiceCity:Required", "InvoicePostalCode:Required", "IsActive:Required", "IsPrivatePerson:Required",
                "TermsOfPaymentId:Required", "Name:MaxLength");
    }

    @Test
    void readOnlyPropertiesSentAreIgnored() {
        Map<String, Object> customer = valid();
        String sentId = UUID.randomUUID().toString();
        customer.put("Id", sentId);
        customer.put("ChangedUtc", "2001-01-01T00:00:00Z");
        customer.put("UnpaidInvoicesAmount", 1000);

        Map<String, Object> created = body(post("customers", customer, token), 201);

        assertThat(created.get("Id")).isNotEqualTo(sentId);
        assertThat(created.get("ChangedUtc")).isNotEqualTo("2001-01-01T00:00:00Z");
        assertThat(((Number) created.get("UnpaidInvoicesAmount")).intValue()).isZero();
    }
}
