package io.github.vismaidentity.emulator.directory;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A Visma eAccounting company a user can sign in to.
 *
 * @param id          the company's GUID, as the API's {@code CompanyIdentifier} reports it
 * @param name        the name shown on the company picker and in {@code /v2/companysettings}
 * @param countryCode ISO 3166 code, for example {@code SE} or {@code NO}
 * @param customers   how many customers {@code /v2/customers} lists for the company
 */
public record Company(String id, String name, String countryCode, int customers) {

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        if (customers < 0) {
            throw new IllegalArgumentException("Company '" + name + "' cannot have " + customers + " customers");
        }
    }

    /** A company whose id is derived from its name, so it stays the same across restarts. */
    public static Company named(String name, String countryCode, int customers) {
        return new Company(stableId("company:" + name), name, countryCode, customers);
    }

    static String stableId(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
