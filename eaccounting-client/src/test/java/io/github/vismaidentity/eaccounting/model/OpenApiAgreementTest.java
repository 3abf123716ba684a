package io.github.vismaidentity.eaccounting.model;

import io.github.vismaidentity.eaccounting.Meta;
import io.github.vismaidentity.eaccounting.http.Operation;
import jakarta.json.bind.annotation.JsonbProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records and operations agree with Visma's OpenAPI description, as kept in
 * {@code openapi/eaccounting-api-v2-modelled.yaml} (written by {@link ModelledDescription}): every
 * record component's JSON name is a property of its schema with the matching Java type (an open enum
 * knowing exactly the values the property's description lists), and every operation of the client
 * exists with exactly the scopes its description lists.
 */
class OpenApiAgreementTest {

    /** Each record the client reads or writes, to the schema it maps. */
    static final Map<Class<?>, String> RECORD_SCHEMAS = Map.ofEntries(
            entry(Meta.class, "CommonPaginationMetadata"),
            entry(CompanySettings.class, "CompanySettingsApi"),
            entry(User.class, "UserApi"),
            entry(FiscalYear.class, "FiscalYearApi"),
            entry(Account.class, "AccountApi"),
            entry(VatCode.class, "VatCodeApi"),
            entry(TermsOfPayment.class, "TermsOfPaymentApi"),
            entry(Customer.class, "CustomerApi"),
            entry(Supplier.class, "SupplierApi"),
            entry(Article.class, "ArticleApi"),
            entry(ArticleAccountCoding.class, "ArticleAccountCodingApi"),
            entry(Unit.class, "UnitApi"),
            entry(Project.class, "ProjectApi"),
            entry(CustomerInvoiceDraft.class, "CustomerInvoiceDraftApi"),
            entry(CustomerInvoiceDraftRow.class, "CustomerInvoiceDraftRowApi"),
            entry(CustomerInvoice.class, "CustomerInvoiceApi"),
            entry(CustomerInvoiceRow.class, "CustomerInvoiceRowApi"),
            entry(SupplierInvoice.class, "SupplierInvoiceApi"),
            entry(SupplierInvoiceRow.class, "SupplierInvoiceRowApi"),
            entry(Voucher.class, "VoucherApi"),
            entry(VoucherRow.class, "VoucherRowApi"),
            entry(Attachment.class, "Attachment"),
            entry(AttachmentUpload.class, "AttachmentUploadApi"),
            entry(AttachmentLink.class, "AttachmentLinkApi"));

    private static final Pattern SCOPE = Pattern.compile("^\\s*\\*\\s*(\\S+)\\s*$", Pattern.MULTILINE);

    private static Map<String, Map<String, Map<String, Object>>> paths;
    private static Map<String, Map<String, Object>> schemas;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheDescription() throws IOException {
        try (InputStream in = OpenApiAgreementTest.class.getResourceAsStream("/openapi/eaccounting-api-v2-modelled.yaml")) {
            Map<String, Object> description = new Yaml().load(in);
            paths = (Map<String, Map<String, Map<String, Object>>>) description.get("paths");
            schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) description.get("components")).get("schemas");
        }
    }

    @Test
    void everyComponentOfEveryRecordHasItsSchemasPropertyNameAndType() {
        SchemaAgreement agreement = new SchemaAgreement(schemas, RECORD_SCHEMAS);

        List<String> disagreements = RECORD_SCHEMAS.keySet().stream()
                .flatMap(record -> agreement.disagreements(record).stream()).sorted().toList();

        assertThat(disagreements).isEmpty();
        assertThat(RECORD_SCHEMAS.keySet().stream().mapToInt(record -> record.getRecordComponents().length).sum())
                .as("components checked").isGreaterThan(250);
    }

    @Test
    void everyRecordOfTheModelIsInTheTableExceptTheOpenEnums() throws Exception {
        Path model = Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Customer.class.getPackageName().replace('.', '/'));
        List<Class<?>> records;
        try (Stream<Path> classes = Files.list(model)) {
            records = classes.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(Customer.class.getPackageName() + "." + name.replace(".class", "")))
                    .filter(type -> type.isRecord() && !SchemaAgreement.isOpenEnum(type)).toList();
        }

        assertThat(records).hasSizeGreaterThan(20);
        assertThat(RECORD_SCHEMAS).containsKeys(records.toArray(Class<?>[]::new));
    }

    @Test
    void everyOperationOfTheClientIsInTheDescriptionWithExactlyTheScopesItLists() {
        for (Operation operation : Operation.values()) {
            Map<String, Object> described = paths.getOrDefault("/" + operation.pathTemplate(), Map.of())
                    .get(operation.method().toLowerCase());

            assertThat(described).as(operation.describe() + " in the description").isNotNull();
            assertThat(operation.acceptedScopes()).as(operation.describe() + "'s scopes")
                    .containsExactlyElementsOf(scopes(described.get("description").toString()));
        }
    }

    @Test
    void theCopyOfTheDescriptionHoldsExactlyTheClientsOperations() {
        Set<String> copied = paths.entrySet().stream()
                .flatMap(path -> path.getValue().keySet().stream().map(method -> method.toUpperCase() + " /v2" + path.getKey()))
                .collect(Collectors.toSet());

        assertThat(copied).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Operation.values()).map(Operation::describe).toList());
        assertThat(schemas.keySet()).containsExactlyInAnyOrderElementsOf(RECORD_SCHEMAS.values());
    }

    /** A record the table maps to {@code CustomerApi} that gets names and types wrong, as a typo would. */
    record MistakenCustomer(@JsonbProperty("Nmae") String name,
                            @JsonbProperty("Id") String id,
                            @JsonbProperty("ChangedUtc") LocalDate changedUtc,
                            @JsonbProperty("DiscountPercentage") Double discountPercentage,
                            @JsonbProperty("TermsOfPayment") User termsOfPayment,
                            @JsonbProperty("EmailAddresses") List<UUID> emailAddresses,
                            @JsonbProperty("PropertyType") Boolean propertyType,
                            @JsonbProperty("PropertyType") ProjectStatus propertyStatus,
                            String unnamed) {
    }

    @Test
    void aMisspelledNameAWrongTypeAWrongOpenEnumAndAMissingAnnotationAreEachFound() {
        Map<Class<?>, String> table = new java.util.HashMap<>(RECORD_SCHEMAS);
        table.put(MistakenCustomer.class, "CustomerApi");

        List<String> disagreements = new SchemaAgreement(schemas, table).disagreements(MistakenCustomer.class);

        assertThat(disagreements).containsExactly(
                "MistakenCustomer.name: CustomerApi has no property Nmae",
                "MistakenCustomer.id (Id): is string uuid in the description, so UUID, not String",
                "MistakenCustomer.changedUtc (ChangedUtc): is string date-time in the description, so Instant,"
                        + " not LocalDate",
                "MistakenCustomer.discountPercentage (DiscountPercentage): is number double in the description,"
                        + " so BigDecimal, not Double",
                "MistakenCustomer.termsOfPayment (TermsOfPayment): is TermsOfPaymentApi in the description,"
                        + " not User (which maps UserApi)",
                "MistakenCustomer.emailAddresses (EmailAddresses): an item is string in the description, so String,"
                        + " not UUID",
                "MistakenCustomer.propertyType (PropertyType): is integer int32 in the description, so Integer or int"
                        + " or an open enum, not Boolean",
                "MistakenCustomer.propertyStatus (PropertyType): the description lists [Apartment(1), Property(2)],"
                        + " ProjectStatus knows 2 values and names those [Ongoing(1), Finished(2)]",
                "MistakenCustomer.unnamed has no @JsonbProperty");
    }

    /** The scopes listed after "Requires any of the following scopes:", in their order. */
    private static List<String> scopes(String description) {
        int listed = description.indexOf("Requires any of the following scopes:");
        assertThat(listed).as("the description lists scopes").isNotNegative();
        Matcher scope = SCOPE.matcher(description.substring(listed));
        return scope.results().map(result -> result.group(1)).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
