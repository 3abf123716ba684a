package io.github.vismaidentity.eaccounting.contract;

import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.Page;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.ResourceNotFoundException;
import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contract test of typed calls: its own emulator (started per test by the base class), {@code demo}
 * signed in to Demo AB with every eAccounting scope, and a client for that company over real HTTP
 * (Jersey and Yasson, as in Payara).
 */
abstract class ContractTestBase extends EmulatorTestBase {

    static final String ALL_SCOPES = "openid offline_access ea:api ea:sales ea:purchase ea:accounting";

    private EAccountingClient root;
    EAccountingClient client;

    @BeforeEach
    final void connectDemoAb() {
        EmulatorTokens tokens = EmulatorTokens.signIn(emulator, browser, ALL_SCOPES);
        root = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens).build();
        client = root.forCompany(EmulatorTokens.DEMO_AB.id());
    }

    @AfterEach
    final void closeClient() {
        root.close();
    }

    /**
     * A first page of five has Visma's exact {@code Meta} for the whole list, the second page the next
     * five, the first item read by its id is the item the list showed, and an id the company does not
     * have is a {@link ResourceNotFoundException}.
     *
     * @return the whole list, for the test's own checks
     */
    static <T> List<T> listsPagesAndGetsById(Function<Query, Page<T>> list, Function<T, UUID> id,
                                             Function<UUID, T> get) {
        List<T> all = list.apply(Query.all().pageSize(Query.MAX_PAGE_SIZE)).items();

        Page<T> first = list.apply(Query.all().pageSize(5));

        assertThat(first.meta().currentPage()).isEqualTo(1);
        assertThat(first.meta().pageSize()).isEqualTo(5);
        assertThat(first.meta().totalNumberOfResults()).isEqualTo(all.size());
        assertThat(first.meta().totalNumberOfPages()).isEqualTo((all.size() + 4) / 5);
        assertThat(first.items()).hasSize(Math.min(5, all.size())).isEqualTo(all.subList(0, first.items().size()));
        assertThat(list.apply(Query.all().page(2).pageSize(5)).items())
                .isEqualTo(all.subList(Math.min(5, all.size()), Math.min(10, all.size())));
        T item = first.items().get(0);
        assertThat(id.apply(item)).isNotNull();
        assertThat(get.apply(id.apply(item))).isEqualTo(item);
        assertThatThrownBy(() -> get.apply(UUID.randomUUID())).isInstanceOf(ResourceNotFoundException.class)
                .satisfies(notFound -> assertThat(((ResourceNotFoundException) notFound).status()).isEqualTo(404));
        return all;
    }
}
