package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.health.VismaIdentityHealthCheck;
import io.github.vismaidentity.store.Dialect;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.support.CapturedLog;
import io.github.vismaidentity.support.TestNaming;
import io.github.vismaidentity.support.databases.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.naming.Context;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code visma.identity.create-table=false} in a real CDI container (Weld SE) on an embedded Derby found by
 * JNDI, as in a server: the tables are checked at deployment, and the readiness check reports them.
 */
class TablesAtDeploymentTest extends EmulatorTestBase {

    private final WeldHarness config = new WeldHarness();
    private final String jndiName = "test/tokens-" + UUID.randomUUID();
    private final DataSource derby = TestDatabase.DERBY.fresh();

    @VismaIdentityDefinition
    @ApplicationScoped
    static class Activated {
    }

    @BeforeEach
    void configure() {
        config.configureFor(emulator);
        config.set(Context.INITIAL_CONTEXT_FACTORY, TestNaming.class.getName());
        config.set(VismaIdentityDefinition.DATASOURCE, jndiName);
        config.set(VismaIdentityDefinition.CREATE_TABLE, "false");
    }

    @AfterEach
    void restore() {
        TestNaming.unbind(jndiName);
        config.restore();
    }

    @Test
    void missingTablesFailTheDeploymentWithTheSqlToRunAndNoneIsCreated() {
        TestNaming.bind(jndiName, derby);

        assertThatThrownBy(() -> WeldHarness.weld(new Class<?>[] {Activated.class}).initialize().close())
                .hasMessageContaining(VismaIdentityExtension.TABLES_NOT_READY + ": visma.identity.create-table is false")
                .hasMessageContaining(StoreTables.NOT_CREATED)
                .hasMessageContaining(Dialect.DERBY.createStatements().get(StoreTables.TOKEN_SET));
        assertThat(tableAnswers(StoreTables.TOKEN_SET)).isFalse();
    }

    @Test
    void aTableWhoseColumnsDoNotFitFailsTheDeploymentNamingThem() throws SQLException {
        TestNaming.bind(jndiName, derby);
        createFromTheJar();
        execute("DROP TABLE VISMA_USED_STATE");
        execute("CREATE TABLE VISMA_USED_STATE (STATE_HASH VARCHAR(20) NOT NULL PRIMARY KEY, EXPIRES_AT INTEGER)");

        assertThatThrownBy(() -> WeldHarness.weld(new Class<?>[] {Activated.class}).initialize().close())
                .hasMessageContaining(VismaIdentityExtension.TABLES_NOT_READY)
                .hasMessageContaining(StoreTables.MISFIT + ": The table VISMA_USED_STATE does not fit")
                .hasMessageContaining("STATE_HASH holds 20 characters, it must hold at least 64")
                .hasMessageContaining("EXPIRES_AT is INTEGER");
    }

    @Test
    void tablesMadeFromTheJarsDefinitionDeployAndAreReady() throws SQLException {
        TestNaming.bind(jndiName, derby);
        createFromTheJar();

        try (WeldContainer container = WeldHarness.weld(new Class<?>[] {Activated.class}).initialize()) {
            assertThat(container.select(HttpAuthenticationMechanism.class).isResolvable()).isTrue();
            assertThat(readiness(container).getData().orElseThrow()).containsEntry("datasource", "UP")
                    .containsEntry("table", "UP").containsEntry("key", "UP");
        }
    }

    @Test
    void aDatasourceNotThereAtDeploymentWarnsThenReadinessReportsTheMissingTable() {
        try (CapturedLog log = CapturedLog.of(VismaIdentityExtension.class);
             WeldContainer container = WeldHarness.weld(new Class<?>[] {Activated.class}).initialize()) {
            assertThat(log.warnings()).anySatisfy(message -> assertThat(message)
                    .startsWith(VismaIdentityExtension.TABLES_UNCHECKED + ": visma.identity.create-table is false"));

            TestNaming.bind(jndiName, derby);

            HealthCheckResponse response = readiness(container);
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData().orElseThrow()).containsEntry("datasource", "UP")
                    .hasEntrySatisfying("table", value ->
                            assertThat(value.toString()).startsWith(StoreTables.NOT_CREATED + ":"))
                    .hasEntrySatisfying("key", value ->
                            assertThat(value.toString()).startsWith(VismaIdentityHealthCheck.NOT_CHECKED + ":"));
            assertThat(tableAnswers(StoreTables.TOKEN_SET)).isFalse();
        }
    }

    private static HealthCheckResponse readiness(WeldContainer container) {
        return container.select(HealthCheck.class, Readiness.Literal.INSTANCE).get().call();
    }

    private void createFromTheJar() throws SQLException {
        for (String sql : Dialect.DERBY.createStatements().values()) {
            execute(sql);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = derby.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private boolean tableAnswers(String table) {
        try {
            execute("SELECT COUNT(*) FROM " + table);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
