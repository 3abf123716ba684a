package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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
    void everyOpenEnumHasItsAdapterAmongTheModelsAdapters() {
        assertThat(ModelAdapters.all()).extracting(adapter -> adapter.getClass().getSimpleName() + "/"
                        + adapter.getClass().getEnclosingClass())
                .contains("Adapter/" + PropertyType.class, "Adapter/" + TermsOfPaymentType.class,
                        "Adapter/" + ProductVariant.class);
    }
}
