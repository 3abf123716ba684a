package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A company's seeded supplier invoices ({@code SupplierInvoiceApi}): three from each active supplier, a month
 * apart and up to today, booked as a cost, its input VAT and the debt to the supplier; the older ones paid.
 */
final class SupplierInvoices {

    private static final long[] COST_ACCOUNTS = {6212, 5020, 5010, 5410, 6110, 5611, 6230, 6530};
    private static final int PER_SUPPLIER = 3;

    private SupplierInvoices() {
    }

    static List<Map<String, Object>> seed(String companyId, List<Map<String, Object>> suppliers, LocalDate today) {
        Random random = new Random(companyId.hashCode() * 31L + 7);
        List<Map<String, Object>> invoices = new ArrayList<>();
        for (int index = 0; index < suppliers.size(); index++) {
            Map<String, Object> supplier = suppliers.get(index);
            if (!Boolean.TRUE.equals(supplier.get("IsActive"))) {
                continue;
            }
            for (int month = PER_SUPPLIER - 1; month >= 0; month--) {
                LocalDate date = today.minusMonths(month).minusDays(3 + index);
                BigDecimal net = JsonValues.money(BigDecimal.valueOf(200 + random.nextInt(9800)));
                int number = invoices.size() + 1;
                invoices.add(invoice(companyId, supplier, number, date, net,
                        COST_ACCOUNTS[index % COST_ACCOUNTS.length], today));
            }
        }
        return invoices;
    }

    private static Map<String, Object> invoice(String companyId, Map<String, Object> supplier, int number,
                                               LocalDate date, BigDecimal net, long costAccount, LocalDate today) {
        BigDecimal vat = InvoiceMath.vat(net, new BigDecimal("25"));
        BigDecimal total = net.add(vat);
        LocalDate due = date.plusDays(30);
        boolean paid = due.isBefore(today.minusDays(7));
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("Id", JsonValues.stableId(companyId, "supplierinvoice", number));
        invoice.put("SupplierId", supplier.get("Id"));
        invoice.put("InvoiceDate", JsonValues.date(date));
        invoice.put("DueDate", JsonValues.date(due));
        if (paid) {
            invoice.put("PaymentDate", JsonValues.date(due.minusDays(1)));
        }
        invoice.put("InvoiceNumber", String.valueOf(70_000 + number * 17));
        invoice.put("TotalAmount", total);
        invoice.put("Vat", vat);
        invoice.put("IsCreditInvoice", false);
        invoice.put("CurrencyCode", supplier.get("CurrencyCode"));
        invoice.put("CurrencyRate", BigDecimal.ONE);
        invoice.put("OcrNumber", String.valueOf(1_000_000L + number * 7919L));
        invoice.put("Message", "Faktura " + date.getYear() + "-" + String.format("%02d", date.getMonthValue()));
        invoice.put("CreatedUtc", JsonValues.timestamp(date));
        invoice.put("ModifiedUtc", JsonValues.timestamp(paid ? due.minusDays(1) : date));
        invoice.put("BankGiroNumber", supplier.get("BankgiroNumber"));
        invoice.put("Rows", List.of(row(1, costAccount, net, BigDecimal.ZERO), row(2, 2640, vat, BigDecimal.ZERO),
                row(3, 2440, BigDecimal.ZERO, total)));
        invoice.put("SupplierName", supplier.get("Name"));
        invoice.put("SupplierNumber", supplier.get("SupplierNumber"));
        invoice.put("IsQuickInvoice", false);
        invoice.put("IsDomestic", true);
        invoice.put("RemainingAmount", paid ? JsonValues.money(BigDecimal.ZERO) : total);
        invoice.put("RemainingAmountInvoiceCurrency", paid ? JsonValues.money(BigDecimal.ZERO) : total);
        invoice.put("Number", number);
        invoice.put("AutoCreditDebitPairing", false);
        invoice.put("SupplierInvoiceOrigin", 0);
        invoice.put("Attachments", List.of());
        invoice.put("Status", 1);
        invoice.put("PaymentStatus", paid ? 6 : due.isBefore(today) ? 7 : 3);
        return invoice;
    }

    private static Map<String, Object> row(int line, long account, BigDecimal debit, BigDecimal credit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("AccountNumber", account);
        row.put("AccountName", Chart.account(account).map(Chart.Account::name).orElseThrow());
        row.put("DebetAmount", JsonValues.money(debit));
        row.put("CreditAmount", JsonValues.money(credit));
        row.put("LineNumber", line);
        return row;
    }
}
