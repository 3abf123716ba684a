package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.resources.Customers;
import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A page, and a lazy stream over all pages, of the emulator's customers over real HTTP (Jersey + Yasson). */
class PagingTest extends EmulatorTestBase {

    /** 2,345 customers: three pages of 1,000, the last one partly filled. */
    private static final Company BIG = Company.named("Big AB", "SE", 2_345);
    private static final User OWNER = User.of("big", "big", "Big Owner", List.of(BIG));

    private EAccountingClient client;
    private EAccountingClient big;

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.users(List.of(OWNER));
    }

    @BeforeEach
    void signIn() {
        EmulatorTokens tokens = EmulatorTokens.signIn(emulator, browser, "openid offline_access ea:api ea:sales",
                OWNER, BIG);
        client = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens).build();
        big = client.forCompany(BIG.id());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aListIsOnePageWithVismasMeta() {
        Page<Customer> page = big.customers().list(Query.all().page(2).pageSize(100));

        assertThat(page.items()).hasSize(100);
        assertThat(page.items().get(0).customerNumber()).isEqualTo("1101");
        assertThat(page.meta().currentPage()).isEqualTo(2);
        assertThat(page.meta().pageSize()).isEqualTo(100);
        assertThat(page.meta().totalNumberOfPages()).isEqualTo(24);
        assertThat(page.meta().totalNumberOfResults()).isEqualTo(2_345);
        assertThat(page.meta().serverTimeUtc()).isNotNull();
        assertThat(page.hasNext()).isTrue();
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void theLastPageHasNoNext() {
        Page<Customer> page = big.customers().list(Query.all().page(3).pageSize(1000));

        assertThat(page.items()).hasSize(345);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aStreamReadsEveryItemInOrderWithOneRequestPerPageOfAThousand() {
        List<Customer> all = big.customers().stream().toList();

        assertThat(all).hasSize(2_345);
        assertThat(all).extracting(Customer::customerNumber).doesNotHaveDuplicates();
        assertThat(all.get(2_344).customerNumber()).isEqualTo("3345");
        assertThat(requests()).as("pages of 1,000").isEqualTo(3);
    }

    @Test
    void aStreamKeepsTheQuerysPageSizeAndStartPage() {
        List<Customer> rest = big.customers().stream(Query.all().pageSize(500).page(4)).toList();

        assertThat(rest).hasSize(845);
        assertThat(rest.get(0).customerNumber()).isEqualTo("2501");
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void aStreamFetchesAPageOnlyWhenItsItemsAreReached() {
        try (Stream<Customer> stream = big.customers().stream()) {
            Iterator<Customer> items = stream.iterator();
            assertThat(requests()).as("nothing before the first item is asked for").isZero();
            for (int i = 0; i < 1_000; i++) {
                items.next();
            }
            assertThat(requests()).as("the first page's items").isEqualTo(1);
            items.next();
            assertThat(requests()).isEqualTo(2);
        }
    }

    @Test
    void aStreamLeftEarlyFetchesNoMorePages() {
        List<Customer> first = big.customers().stream().limit(1_001).toList();

        assertThat(first).hasSize(1_001);
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void aStreamOverAnEmptyListMakesOneRequest() {
        List<Customer> none = big.customers().stream(Query.all().where(Customers.NAME.eq("Nobody's Customer")))
                .toList();

        assertThat(none).isEmpty();
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void aStreamPagesThroughAFilteredAndOrderedList() {
        List<Customer> inactive = big.customers().stream(Query.all().where(Customers.IS_ACTIVE.eq(false))
                .orderByDescending(Customers.CUSTOMER_NUMBER).pageSize(100)).toList();

        assertThat(inactive).hasSize(234).allMatch(customer -> !customer.isActive());
        assertThat(inactive.get(0).customerNumber()).isEqualTo("3340");
        assertThat(requests()).isEqualTo(3);
    }

    private long requests() {
        return emulator.control().requests(Endpoint.API_CUSTOMERS);
    }
}
