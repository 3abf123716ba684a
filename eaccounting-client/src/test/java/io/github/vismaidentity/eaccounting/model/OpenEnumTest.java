package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Open enums keep a value Visma adds later, and say which values they know. */
class OpenEnumTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(ModelAdapters.all()));

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aKnownValueNamesItselfAndItsConstant() {
        assertThat(PropertyType.APARTMENT.known()).contains(PropertyType.Known.APARTMENT);
        assertThat(PropertyType.APARTMENT).hasToString("Apartment(1)");
        assertThat(TermsOfPaymentType.CURRENT_MONTH).hasToString("CurrentMonth(1)");
        assertThat(new TermsOfPaymentType(5)).hasToString("PaymentServiceProvider(5)");
        assertThat(ProductVariant.PRO).hasToString("Pro(5)");
    }

    @Test
    void aValueVismaAddsLaterIsReadKeptAndWrittenBack() {
        TermsOfPayment terms = JSONB.fromJson("{\"TermsOfPaymentTypeId\":7}", TermsOfPayment.class);

        assertThat(terms.type().value()).isEqualTo(7);
        assertThat(terms.type().known()).isEmpty();
        assertThat(terms.type()).hasToString("Unknown(7)");
        assertThat(JSONB.toJson(terms)).isEqualTo("{\"TermsOfPaymentTypeId\":7}");
    }

    @Test
    void everyOpenEnumOfTheModelHasItsAdapterAmongTheModelsAdapters() throws Exception {
        Path model = Path.of(PropertyType.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(PropertyType.class.getPackageName().replace('.', '/'));
        List<String> nestedAdapters;
        try (Stream<Path> classes = Files.list(model)) {
            nestedAdapters = classes.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("$Adapter.class"))
                    .map(name -> name.substring(0, name.indexOf('$'))).toList();
        }

        assertThat(nestedAdapters).hasSizeGreaterThanOrEqualTo(9);
        assertThat(ModelAdapters.all()).extracting(adapter -> adapter.getClass().getEnclosingClass())
                .filteredOn(Objects::nonNull).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrderElementsOf(nestedAdapters);
    }

    @Test
    void everyListedValueOfAnOpenEnumNamesItselfAsTheDescriptionDoes() {
        assertThat(new VoucherType(27)).hasToString("IZettleVoucher(27)");
        assertThat(new VoucherType(31)).hasToString("Unknown(31)");
        assertThat(new DocumentType(8).known()).contains(DocumentType.Known.BANK_TRANSACTION);
        assertThat(new DocumentType(7).known()).isEmpty();
        assertThat(ProjectStatus.FINISHED).hasToString("Finished(2)");
        assertThat(RotReducedInvoicingType.RUT).hasToString("Rut(2)");
        assertThat(SupplierInvoiceStatus.DRAFT).hasToString("Draft(0)");
        assertThat(AttachmentStatus.UNMATCHED).hasToString("Unmatched(1)");
    }
}
