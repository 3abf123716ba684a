package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * How a term of payment counts its days.
 * Visma's {@code TermsOfPaymentTypeId}:
 * 0 = Normal, 1 = CurrentMonth, 2 = Cash, 3 = CardPayment, 4 = DigitalWallet, 5 =
 * PaymentServiceProvider.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record TermsOfPaymentType(int value) {

    /** {@code 0 = Normal}. */
    public static final TermsOfPaymentType NORMAL = new TermsOfPaymentType(0);
    /** {@code 1 = CurrentMonth}. */
    public static final TermsOfPaymentType CURRENT_MONTH = new TermsOfPaymentType(1);
    /** {@code 2 = Cash}. */
    public static final TermsOfPaymentType CASH = new TermsOfPaymentType(2);
    /** {@code 3 = CardPayment}. */
    public static final TermsOfPaymentType CARD_PAYMENT = new TermsOfPaymentType(3);
    /** {@code 4 = DigitalWallet}. */
    public static final TermsOfPaymentType DIGITAL_WALLET = new TermsOfPaymentType(4);
    /** {@code 5 = PaymentServiceProvider}. */
    public static final TermsOfPaymentType PAYMENT_SERVICE_PROVIDER = new TermsOfPaymentType(5);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        NORMAL, CURRENT_MONTH, CASH, CARD_PAYMENT, DIGITAL_WALLET, PAYMENT_SERVICE_PROVIDER
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 0, 1, 2, 3, 4, 5);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<TermsOfPaymentType> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(TermsOfPaymentType::new, TermsOfPaymentType::value);
        }
    }
}
