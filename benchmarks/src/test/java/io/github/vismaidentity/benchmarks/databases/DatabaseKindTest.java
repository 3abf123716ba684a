package io.github.vismaidentity.benchmarks.databases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseKindTest {

    @Test
    void databasesAreMeasuredInTheOrderGiven() {
        assertThat(DatabaseKind.parseList("postgresql,derby"))
                .containsExactly(DatabaseKind.POSTGRESQL, DatabaseKind.DERBY);
        assertThat(DatabaseKind.parseList(" Derby , PostgreSQL"))
                .containsExactly(DatabaseKind.DERBY, DatabaseKind.POSTGRESQL);
        assertThat(DatabaseKind.parseList("derby")).containsExactly(DatabaseKind.DERBY);
    }

    @Test
    void anUnknownDatabaseIsRefusedNamingTheOnesThereAre() {
        assertThatThrownBy(() -> DatabaseKind.parseList("derby,mysql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--databases takes derby or postgresql, separated by commas; 'mysql' is none of them");
        assertThatThrownBy(() -> DatabaseKind.parseList("derby,"))
                .hasMessageContaining("'' is none of them");
    }

    @Test
    void aDatabaseNamedTwiceIsRefused() {
        assertThatThrownBy(() -> DatabaseKind.parseList("derby,postgresql,derby"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--databases names derby twice: each is measured once");
    }
}
