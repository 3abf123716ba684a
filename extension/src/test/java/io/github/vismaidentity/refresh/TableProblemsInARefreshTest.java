package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenStoreException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table that is missing with {@code create-table=false}, unfit, or on a database without a definition is
 * for an operator to fix, as a missing datasource is: a refresh that meets one is a configuration error
 * ({@code VISMAID4007}), not a transient one that retrying would cure.
 */
class TableProblemsInARefreshTest {

    @ParameterizedTest
    @ValueSource(strings = {StoreTables.NOT_CREATED, StoreTables.MISFIT, StoreTables.UNKNOWN_DATABASE})
    void aTableProblemIsAConfigurationErrorCarryingTheStoresMessage(String id) {
        TokenStoreException problem = new TokenStoreException(id + ": The table VISMA_TOKEN_SET is missing.");

        assertThat(RefreshFailures.of(problem)).isInstanceOf(VismaConfigurationException.class)
                .hasMessageContaining(LockedRefresh.MISCONFIGURED).hasMessageContaining(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {TokenStoreException.SCHEMA, TokenStoreException.DATABASE})
    void aDatabaseThatDidNotAnswerStaysTransient(String id) {
        assertThat(RefreshFailures.of(new TokenStoreException(id + ": The database refused.")))
                .isInstanceOf(VismaTransientException.class);
    }
}
