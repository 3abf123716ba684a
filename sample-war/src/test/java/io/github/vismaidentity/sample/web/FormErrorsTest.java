package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.eaccounting.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTest {

    private static final Set<String> FIELDS = Set.of("Name", "InvoiceCity", "TermsOfPaymentId");

    @Test
    void eachErrorGoesUnderTheFieldItNamesWhateverTheCaseOrTheObjectBeforeIt() {
        FormErrors errors = FormErrors.of(List.of(
                new FieldError("Name", "MaxLength", "Name may be at most 50 characters.", "name"),
                new FieldError("customer.invoicecity", "Required", "InvoiceCity is required.", null),
                new FieldError("TermsOfPaymentId", "NotFound", "No such terms of payment.", null),
                new FieldError("Name", "Required", "Name is required.", null)), FIELDS);

        assertThat(errors.of("Name")).containsExactly("Name may be at most 50 characters.", "Name is required.");
        assertThat(errors.of("InvoiceCity")).containsExactly("InvoiceCity is required.");
        assertThat(errors.of("TermsOfPaymentId")).containsExactly("No such terms of payment.");
        assertThat(errors.others()).isEmpty();
        assertThat(errors.any()).isTrue();
    }

    @Test
    void anErrorForNoFieldOfTheFormIsKeptAboveTheFormWithTheFieldItNames() {
        FormErrors errors = FormErrors.of(List.of(
                new FieldError("CurrencyCode", "InvalidValue", "Unknown currency.", null),
                new FieldError(null, "InvalidValue", "The customer is invalid.", null)), FIELDS);

        assertThat(errors.byField()).isEmpty();
        assertThat(errors.others()).containsExactly("CurrencyCode: Unknown currency.", "The customer is invalid.");
        assertThat(errors.of("Name")).isEmpty();
    }

    @Test
    void anErrorWithoutAMessageShowsVismasErrorCode() {
        FormErrors errors = FormErrors.of(List.of(new FieldError("InvoiceCity", "Required", " ", null),
                new FieldError("Name", null, null, null)), FIELDS);

        assertThat(errors.of("InvoiceCity")).containsExactly("Required");
        assertThat(errors.of("Name")).containsExactly("Visma refused this value.");
    }

    @Test
    void theFormAsFirstShownHasNoError() {
        assertThat(FormErrors.NONE.any()).isFalse();
        assertThat(FormErrors.NONE.of("Name")).isEmpty();
    }
}
