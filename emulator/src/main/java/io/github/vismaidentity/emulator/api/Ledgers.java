package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Company;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Books} of every company the bookkeeping resources have been asked about, seeded on first use
 * from the company, its seeded customers and the emulator clock's day; then changed by the API's writes
 * until the emulator stops. Documents are created against the company's customers and terms of payment as
 * they are at that moment (a customer created through the API can be invoiced).
 */
final class Ledgers {

    private final Map<String, Books> byCompany = new ConcurrentHashMap<>();

    Books of(ApiRequest request) {
        return byCompany.computeIfAbsent(request.company().id(), id -> seed(request));
    }

    private static Books seed(ApiRequest request) {
        Company company = request.company();
        Records customers = Customers.table(request);
        Records terms = TermsOfPayments.table(request);
        String defaultTerms = TermsOfPayments.id(company, 0);
        return new Books(company, CompanyData.currency(company), LocalDate.ofInstant(request.now(), ZoneOffset.UTC),
                CustomerSeed.customers(company, defaultTerms), customers::get,
                id -> terms.get(id).map(term -> ((Number) term.get("NumberOfDays")).intValue()), defaultTerms);
    }

    /** The item or Visma's 404 naming {@code what}. */
    static Map<String, Object> found(Optional<Map<String, Object>> item, String what, String id) throws ApiError {
        return item.orElseThrow(() -> ApiError.notFound(what, id));
    }

    /** The item of a seeded list (VAT codes, codings, units) whose {@code Id} is {@code id}, or Visma's 404. */
    static Map<String, Object> byId(List<Map<String, Object>> items, String what, String id) throws ApiError {
        return found(items.stream().filter(item -> id.equals(item.get("Id"))).findFirst(), what, id);
    }
}
