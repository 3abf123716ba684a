package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The records through Yasson as the client configures it: Visma's JSON in, Visma's JSON out. */
class ModelJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(ModelAdapters.all()));

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void readsACustomerAsVismaSendsItIgnoringPropertiesTheRecordDoesNotModel() {
        String json = """
                {"Id":"0c9d6f7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f","CustomerNumber":"1001","Name":"O'Brien AB",
                 "IsActive":true,"IsPrivatePerson":false,"InvoicePostalCode":"111 22","InvoiceCity":"Stockholm",
                 "TermsOfPaymentId":"8f3c2b1a-0000-4000-8000-000000000030",
                 "TermsOfPayment":{"Id":"8f3c2b1a-0000-4000-8000-000000000030","Name":"30 dagar",
                   "NumberOfDays":30,"TermsOfPaymentTypeId":0,"AvailableForSales":true},
                 "DiscountPercentage":0.125,"UnpaidInvoicesAmount":1234.50,"PropertyType":1,
                 "LastInvoiceDate":"2024-01-31T00:00:00","ChangedUtc":"2024-02-01T08:30:15.1234567Z",
                 "EmailAddresses":["a@example.com"],"GLN":"obsolete","MessageThreads":[],"SomethingNew":{"A":1}}
                """;

        Customer customer = JSONB.fromJson(json, Customer.class);

        assertThat(customer.id()).isEqualTo(UUID.fromString("0c9d6f7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f"));
        assertThat(customer.customerNumber()).isEqualTo("1001");
        assertThat(customer.name()).isEqualTo("O'Brien AB");
        assertThat(customer.isActive()).isTrue();
        assertThat(customer.isPrivatePerson()).isFalse();
        assertThat(customer.invoiceCity()).isEqualTo("Stockholm");
        assertThat(customer.termsOfPayment().numberOfDays()).isEqualTo(30);
        assertThat(customer.termsOfPayment().type()).isEqualTo(TermsOfPaymentType.NORMAL);
        assertThat(customer.discountPercentage()).isEqualByComparingTo("0.125");
        assertThat(customer.unpaidInvoicesAmount()).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(customer.propertyType()).isEqualTo(PropertyType.APARTMENT);
        assertThat(customer.lastInvoiceDate()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(customer.changedUtc()).isEqualTo(Instant.parse("2024-02-01T08:30:15.1234567Z"));
        assertThat(customer.emailAddresses()).containsExactly("a@example.com");
    }

    @Test
    void readsNullsAndMissingPropertiesAsNullAndAMissingListAsEmpty() {
        Customer customer = JSONB.fromJson("""
                {"Name":"Bare","IsActive":null,"PropertyType":null,"LastInvoiceDate":null,
                 "ChangedUtc":null,"TermsOfPayment":null,"EmailAddresses":null}""", Customer.class);

        assertThat(customer.name()).isEqualTo("Bare");
        assertThat(customer.id()).isNull();
        assertThat(customer.isActive()).isNull();
        assertThat(customer.propertyType()).isNull();
        assertThat(customer.lastInvoiceDate()).isNull();
        assertThat(customer.changedUtc()).isNull();
        assertThat(customer.termsOfPayment()).isNull();
        assertThat(customer.discountPercentage()).isNull();
        assertThat(customer.emailAddresses()).isEmpty();
    }

    @Test
    void readsAListWithNullItemsAsTheItemsThatAreThere() {
        Customer customer = JSONB.fromJson("{\"EmailAddresses\":[\"a@example.com\",null]}", Customer.class);
        Voucher voucher = JSONB.fromJson("{\"Rows\":[null,{\"AccountNumber\":1930}]}", Voucher.class);

        assertThat(customer.emailAddresses()).containsExactly("a@example.com");
        assertThat(voucher.rows()).extracting(VoucherRow::accountNumber).containsExactly(1930L);
    }

    @Test
    void aDateInNoneOfVismasFormsFailsTheReadWithItsMessageIdInTheCauses() {
        assertThatThrownBy(() -> JSONB.fromJson("{\"LastInvoiceDate\":\"31/01/2024\"}", Customer.class))
                .isInstanceOf(JsonbException.class)
                .satisfies(failure -> assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause)
                        .map(Throwable::getMessage))
                        .anySatisfy(message -> assertThat(message).startsWith("VISMAID5050: '31/01/2024' is not a date")));
    }

    @Test
    void writesTheValuesSetUnderVismasNamesAndNoNulls() {
        Customer customer = Customer.builder("Acme AB").invoicePostalCode("111 22").invoiceCity("Stockholm")
                .termsOfPaymentId(UUID.fromString("8f3c2b1a-0000-4000-8000-000000000030"))
                .discountPercentage(new BigDecimal("0.1000")).propertyType(PropertyType.PROPERTY).build();

        String json = JSONB.toJson(customer);

        assertThat(json).contains("\"Name\":\"Acme AB\"", "\"IsActive\":true", "\"IsPrivatePerson\":false",
                "\"InvoicePostalCode\":\"111 22\"", "\"InvoiceCity\":\"Stockholm\"",
                "\"TermsOfPaymentId\":\"8f3c2b1a-0000-4000-8000-000000000030\"",
                "\"DiscountPercentage\":0.1000", "\"PropertyType\":2");
        assertThat(json).doesNotContain("null", "\"Id\"", "\"ChangedUtc\"", "\"CustomerNumber\"",
                "\"name\"", "\"isActive\"");
    }

    @Test
    void writesDatesPlainAndTimestampsInUtcAndReadsThemBack() {
        Customer customer = JSONB.fromJson("""
                {"Name":"Dated","LastInvoiceDate":"2024-02-29T00:00:00","ChangedUtc":"2024-03-01T10:15:30"}""",
                Customer.class);

        String json = JSONB.toJson(customer);

        assertThat(json).contains("\"LastInvoiceDate\":\"2024-02-29\"", "\"ChangedUtc\":\"2024-03-01T10:15:30Z\"");
        assertThat(JSONB.fromJson(json, Customer.class)).isEqualTo(customer);
    }

    @Test
    void anUpdateKeepsEveryValueOfTheCustomerItStartsFrom() {
        Customer read = JSONB.fromJson("""
                {"Id":"0c9d6f7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f","Name":"Old","InvoiceCity":"Lund",
                 "ChangedUtc":"2024-02-01T08:30:15Z","EmailAddresses":["cc@example.com"]}""", Customer.class);

        Customer changed = read.toBuilder().name("New").build();

        assertThat(changed).isEqualTo(new CustomerBuilder(read).name("New").build());
        assertThat(changed.name()).isEqualTo("New");
        assertThat(changed.id()).isEqualTo(read.id());
        assertThat(changed.invoiceCity()).isEqualTo("Lund");
        assertThat(changed.changedUtc()).isEqualTo(read.changedUtc());
        assertThat(changed.emailAddresses()).containsExactly("cc@example.com");
    }

    @Test
    void readsCompanySettingsUsersAndTermsOfPayment() {
        CompanySettings settings = JSONB.fromJson("""
                {"Name":"Demo AB","CompanyIdentifier":"demo-se","CountryCode":"SE","CurrencyCode":"SEK",
                 "AccountingLockedTo":"2023-12-31T00:00:00","ProductVariant":5,"NextCustomerNumber":1301,
                 "TermsOfPaymentId":"8f3c2b1a-0000-4000-8000-000000000030","TaxDeclarationDate":{"X":1}}""",
                CompanySettings.class);
        User user = JSONB.fromJson("""
                {"Id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","Email":"anna@example.com","FirstName":"Anna",
                 "LastName":"Berg","IsActive":true,"IsCurrentUser":true,"IsConsultant":false,
                 "HasVATReportsApprovalPermission":true}""", User.class);
        TermsOfPayment terms = JSONB.fromJson("""
                {"Id":"8f3c2b1a-0000-4000-8000-000000000010","Name":"10 dagar","NumberOfDays":10,
                 "TermsOfPaymentTypeId":1,"TermsOfPaymentTypeText":"Current month","AvailableForPurchase":false}""",
                TermsOfPayment.class);

        assertThat(settings.name()).isEqualTo("Demo AB");
        assertThat(settings.currencyCode()).isEqualTo("SEK");
        assertThat(settings.accountingLockedTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(settings.productVariant().known()).contains(ProductVariant.Known.PRO);
        assertThat(settings.nextCustomerNumber()).isEqualTo(1301);
        assertThat(user.id()).isEqualTo(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        assertThat(user.firstName()).isEqualTo("Anna");
        assertThat(user.isCurrentUser()).isTrue();
        assertThat(user.isConsultant()).isFalse();
        assertThat(terms.type()).isEqualTo(TermsOfPaymentType.CURRENT_MONTH);
        assertThat(terms.availableForPurchase()).isFalse();
        assertThat(terms.availableForSales()).isNull();
    }
}
