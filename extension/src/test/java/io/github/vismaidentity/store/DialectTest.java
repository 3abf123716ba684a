package io.github.vismaidentity.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The database told from what its driver reports, as JDBC drivers report it. */
class DialectTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Apache Derby         | 10.17.1.0 - (1913217)  | DERBY
            PostgreSQL           | 17.6                   | POSTGRESQL
            MariaDB              | 11.4.5-MariaDB         | MARIADB
            MySQL                | 5.5.5-11.4.5-MariaDB   | MARIADB
            MySQL                | 8.4.3                  | MYSQL
            H2                   | 2.3.232 (2024-08-11)   | H2
            Oracle               | Oracle Database 23ai   | ORACLE
            Microsoft SQL Server | 16.00.4135             | SQLSERVER
            DB2/LINUXX8664       | SQL11058               | none
            AcmeDB               | none                   | none
            """)
    void theProductNameAndVersionTellTheDatabase(String name, String version, String expected) {
        assertThat(Dialect.of(name, version)).isEqualTo(Optional.ofNullable(expected).map(Dialect::valueOf));
    }
}
