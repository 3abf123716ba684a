package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Vouchers ({@code VoucherApi}): a company's seeded manual vouchers and the rules of creating one: a
 * {@code VoucherText}, a date inside a fiscal year that is not locked, rows on accounts of the chart that are
 * in use, each row either a debit or a credit with at most two decimals, and debits equal to credits.
 * Numbered per fiscal year and series ({@code A1}, {@code A2}, ...; series {@code A} unless the client names one).
 */
final class Vouchers {

    static final String DEFAULT_SERIES = "A";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

    private final String companyId;
    private final FiscalCalendar calendar;

    Vouchers(String companyId, FiscalCalendar calendar) {
        this.companyId = companyId;
        this.calendar = calendar;
    }

    /** The fiscal year a voucher belongs to, found from its date. */
    String fiscalYearIdOf(Map<String, Object> voucher) {
        return calendar.containing(JsonValues.readDate(voucher.get("VoucherDate")))
                .map(FiscalCalendar.FiscalYear::id).orElseThrow();
    }

    /** The month's rent on the 25th of each month from January last year up to today, paid from the bank account. */
    List<Map<String, Object>> seed(LocalDate today) {
        List<Map<String, Object>> vouchers = new ArrayList<>();
        for (LocalDate date = LocalDate.of(today.getYear() - 1, 1, 25); !date.isAfter(today); date = date.plusMonths(1)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("VoucherDate", date.toString());
            body.put("VoucherText", "Hyra " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.forLanguageTag("sv")) + " " + date.getYear());
            body.put("Rows", List.of(row(5010, "12000", null), row(2640, "3000", null), row(1930, null, "15000")));
            Checks checks = new Checks();
            Optional<Map<String, Object>> voucher = create(body, checks, vouchers, project -> false,
                    JsonValues.stableId(companyId, "voucher", date), date.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC),
                    today);
            vouchers.add(voucher.orElseThrow(() -> new IllegalStateException(
                    "A seeded voucher breaks the emulator's rules: " + checks.problems())));
        }
        return vouchers;
    }

    private static Map<String, Object> row(long account, String debit, String credit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("AccountNumber", account);
        row.put("DebitAmount", debit == null ? BigDecimal.ZERO : new BigDecimal(debit));
        row.put("CreditAmount", credit == null ? BigDecimal.ZERO : new BigDecimal(credit));
        return row;
    }

    /** The voucher a create request describes, or empty with the problems in {@code checks}. */
    Optional<Map<String, Object>> create(Map<String, Object> body, Checks checks,
                                         Collection<Map<String, Object>> existing, Predicate<String> projectExists,
                                         String id, Instant now, LocalDate today) {
        Map<String, Object> voucher = new LinkedHashMap<>();
        voucher.put("Id", id);
        LocalDate date = checks.date(body, "", "VoucherDate").orElse(today);
        Optional<FiscalCalendar.FiscalYear> year = calendar.containing(date);
        if (year.isEmpty()) {
            checks.invalid("VoucherDate", "No fiscal year contains " + date + ": the company's fiscal years run from "
                    + calendar.years().get(0).start() + " to " + calendar.current().end());
        } else if (year.get().locked()) {
            checks.invalid("VoucherDate", "The fiscal year " + year.get().year() + " is locked for accounting: date"
                    + " the voucher in an open fiscal year");
        }
        voucher.put("VoucherDate", JsonValues.date(date));
        checks.requiredText(body, "", "VoucherText", 1000).ifPresent(text -> voucher.put("VoucherText", text));
        voucher.put("Rows", rows(body, checks, projectExists));
        String series = checks.text(body, "", "NumberSeries", 10).filter(text -> !text.isBlank()).orElse(DEFAULT_SERIES);
        if (!checks.ok()) {
            return Optional.empty();
        }
        voucher.put("NumberAndNumberSeries", series + nextNumber(existing, year.get(), series));
        voucher.put("NumberSeries", series);
        Map<String, Object> attachments = new LinkedHashMap<>();
        attachments.put("DocumentId", id);
        attachments.put("DocumentType", 3);
        attachments.put("AttachmentIds", List.of());
        voucher.put("Attachments", attachments);
        voucher.put("ModifiedUtc", JsonValues.timestamp(now));
        voucher.put("VoucherType", 2);
        voucher.put("CreatedUtc", JsonValues.timestamp(now));
        return Optional.of(voucher);
    }

    private List<Map<String, Object>> rows(Map<String, Object> body, Checks checks, Predicate<String> projectExists) {
        List<Map<String, Object>> requested = checks.rows(body, "Rows", true);
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (int index = 0; index < requested.size(); index++) {
            String prefix = "Rows[" + index + "].";
            Map<String, Object> row = requested.get(index);
            Map<String, Object> booked = new LinkedHashMap<>();
            checks.whole(row, prefix, "AccountNumber", 1, 9_999_999_999L, true).ifPresent(number ->
                    account(number, prefix, booked, checks));
            BigDecimal debit = checks.amount(row, prefix, "DebitAmount", BigDecimal.ZERO, MAX_AMOUNT).orElse(BigDecimal.ZERO);
            BigDecimal credit = checks.amount(row, prefix, "CreditAmount", BigDecimal.ZERO, MAX_AMOUNT).orElse(BigDecimal.ZERO);
            if (debit.signum() == credit.signum()) {
                checks.invalid(prefix + "DebitAmount", "Each row is either a debit or a credit: give " + prefix
                        + "DebitAmount or " + prefix + "CreditAmount a positive amount, not both");
            }
            debits = debits.add(debit);
            credits = credits.add(credit);
            booked.put("DebitAmount", JsonValues.money(debit));
            booked.put("CreditAmount", JsonValues.money(credit));
            checks.text(row, prefix, "TransactionText", 60).ifPresent(text -> booked.put("TransactionText", text));
            checks.id(row, prefix, "ProjectId", false).ifPresent(project -> {
                if (!projectExists.test(project)) {
                    checks.notFound(prefix + "ProjectId", project, "project");
                }
                booked.put("ProjectId", project);
            });
            rows.add(booked);
        }
        if (debits.compareTo(credits) != 0) {
            checks.invalid("Rows", "The voucher does not balance: debits " + JsonValues.money(debits).toPlainString()
                    + ", credits " + JsonValues.money(credits).toPlainString() + "; they must be equal");
        }
        return rows;
    }

    private void account(long number, String prefix, Map<String, Object> booked, Checks checks) {
        Optional<Chart.Account> account = Chart.account(number);
        if (account.isEmpty()) {
            checks.notFound(prefix + "AccountNumber", number, "account");
            return;
        }
        if (!account.get().active()) {
            checks.invalid(prefix + "AccountNumber", "Account " + number + " (" + account.get().name()
                    + ") is inactive: book on an account in use");
        }
        booked.put("AccountNumber", number);
        booked.put("AccountDescription", account.get().name());
        Optional.ofNullable(account.get().vatCode()).flatMap(Chart::vatCode).ifPresent(vat -> {
            booked.put("VatCodeId", JsonValues.stableId(companyId, "vatcode", vat.code()));
            booked.put("VatCodeAndPercent", vat.code() + " (" + vat.rate().toPlainString() + "%)");
        });
    }

    private long nextNumber(Collection<Map<String, Object>> existing, FiscalCalendar.FiscalYear year, String series) {
        return existing.stream()
                .filter(voucher -> series.equals(voucher.get("NumberSeries")))
                .filter(voucher -> year.contains(JsonValues.readDate(voucher.get("VoucherDate"))))
                .map(voucher -> ((String) voucher.get("NumberAndNumberSeries")).substring(series.length()))
                .filter(number -> number.matches("\\d{1,18}"))
                .mapToLong(Long::parseLong).max().orElse(0) + 1;
    }
}
