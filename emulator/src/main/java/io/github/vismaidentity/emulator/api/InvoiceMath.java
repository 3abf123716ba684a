package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums of a sales document: each row's amount (unit price times quantity less the discount), its VAT
 * at the article's rate, and the document's totals with a VAT specification per rate. Rounded to two
 * decimals per row, as an invoice shows them; {@code TotalAmount} includes VAT.
 */
final class InvoiceMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One priced row: its amount without VAT and its VAT rate in percent. */
    record Line(BigDecimal net, BigDecimal vatPercent) {
    }

    /** A document's sums: without VAT, the VAT, and with VAT. */
    record Totals(BigDecimal net, BigDecimal vat, List<Map<String, Object>> vatSpecification) {

        BigDecimal total() {
            return net.add(vat);
        }
    }

    private InvoiceMath() {
    }

    static BigDecimal vat(BigDecimal net, BigDecimal percent) {
        return JsonValues.money(net.multiply(percent).divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }

    static BigDecimal rowAmount(BigDecimal unitPrice, BigDecimal quantity, BigDecimal discount) {
        return JsonValues.money(unitPrice.multiply(quantity).multiply(BigDecimal.ONE.subtract(discount)));
    }

    /** The VAT rate as the API writes it on rows and in the specification: a fraction, 25% as 0.25. */
    static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(HUNDRED, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static Totals totals(List<Line> lines) {
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>();
        for (Line line : lines) {
            netByRate.merge(line.vatPercent().stripTrailingZeros(), line.net(), BigDecimal::add);
        }
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        List<Map<String, Object>> specification = new ArrayList<>();
        for (Map.Entry<BigDecimal, BigDecimal> rate : netByRate.entrySet()) {
            BigDecimal rateVat = vat(rate.getValue(), rate.getKey());
            net = net.add(rate.getValue());
            vat = vat.add(rateVat);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("AmountInvoiceCurrency", JsonValues.money(rate.getValue()));
            entry.put("VatAmountInvoiceCurrency", rateVat);
            entry.put("VatPercent", fraction(rate.getKey()));
            specification.add(entry);
        }
        return new Totals(JsonValues.money(net), JsonValues.money(vat), List.copyOf(specification));
    }
}
