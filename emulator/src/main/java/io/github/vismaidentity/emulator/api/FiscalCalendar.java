package io.github.vismaidentity.emulator.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A company's fiscal years: calendar years, the two before the current one and the current one; the oldest is
 * locked for accounting (closed), so a voucher dated in it is refused as Visma refuses one.
 */
final class FiscalCalendar {

    /** A calendar fiscal year of a company. */
    record FiscalYear(String id, int year, boolean locked) {

        LocalDate start() {
            return LocalDate.of(year, 1, 1);
        }

        LocalDate end() {
            return LocalDate.of(year, 12, 31);
        }

        boolean contains(LocalDate date) {
            return date.getYear() == year;
        }

        /** {@code FiscalYearApi}. */
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("Id", id);
            json.put("StartDate", JsonValues.date(start()));
            json.put("EndDate", JsonValues.date(end()));
            json.put("IsLockedForAccounting", locked);
            json.put("BookkeepingMethod", 0);
            return json;
        }
    }

    private final List<FiscalYear> years;

    FiscalCalendar(String companyId, LocalDate today) {
        List<FiscalYear> list = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            list.add(new FiscalYear(JsonValues.stableId(companyId, "fiscalyear", year), year,
                    year == today.getYear() - 2));
        }
        this.years = List.copyOf(list);
    }

    List<FiscalYear> years() {
        return years;
    }

    /** The current (last) fiscal year, whose accounts {@code /v2/accounts} lists. */
    FiscalYear current() {
        return years.get(years.size() - 1);
    }

    Optional<FiscalYear> byId(String id) {
        return years.stream().filter(year -> year.id().equalsIgnoreCase(id)).findFirst();
    }

    Optional<FiscalYear> containing(LocalDate date) {
        return years.stream().filter(year -> year.contains(date)).findFirst();
    }
}
