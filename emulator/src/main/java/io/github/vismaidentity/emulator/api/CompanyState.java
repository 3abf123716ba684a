package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Company;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The books of every company the API has been asked about: per company and per resource, a
 * {@link Records} table seeded on first use from the company alone (the same items every start),
 * then changed by the API's writes until the emulator stops.
 */
final class CompanyState {

    private record Key(String companyId, String resource) {
    }

    /** Seeds once, outside the map's lock, so one seed may read another table (invoices read customers). */
    private static final class Table {
        private Records records;

        synchronized Records get(Company company, Function<Company, List<Map<String, Object>>> seed) {
            if (records == null) {
                records = new Records(seed.apply(company));
            }
            return records;
        }
    }

    private final Map<Key, Table> tables = new ConcurrentHashMap<>();

    /**
     * The company's table of {@code resource} ("customers"), seeded with {@code seed} on the first call
     * for that company; the seed sees the company only, so it must be deterministic.
     */
    Records table(Company company, String resource, Function<Company, List<Map<String, Object>>> seed) {
        return tables.computeIfAbsent(new Key(company.id(), resource), key -> new Table()).get(company, seed);
    }
}
