package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.User;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A company with the benchmarks' 10,000 customers, read in the largest pages a client may ask for. */
class ManyCustomersTest extends ApiTestBase {

    private static final Logger LOG = Logger.getLogger(ManyCustomersTest.class.getName());
    private static final Company BIG = Company.named("Stor AB", "SE", 10_000);

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.users(List.of(User.of("big", "big", "Big User", List.of(BIG))));
    }

    @Test
    void tenThousandCustomersComeInTenPagesOfOneThousandEachOnce() {
        String token = token("big", BIG.name(), SALES);
        Set<Object> ids = new HashSet<>();
        long started = System.nanoTime();

        for (int page = 1; page <= 10; page++) {
            Map<String, Object> body = ok(get("customers?$pagesize=1000&$page=" + page, token));
            assertThat(meta(body, "CurrentPage")).isEqualTo(page);
            assertThat(meta(body, "TotalNumberOfPages")).isEqualTo(10);
            assertThat(meta(body, "TotalNumberOfResults")).isEqualTo(10_000);
            assertThat(data(body)).hasSize(1000);
            data(body).forEach(customer -> ids.add(customer.get("Id")));
        }

        LOG.info(() -> "10 pages of 1000 customers in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(ids).hasSize(10_000);
        assertThat(data(ok(get("customers?$pagesize=1000&$page=11", token)))).isEmpty();
    }
}
