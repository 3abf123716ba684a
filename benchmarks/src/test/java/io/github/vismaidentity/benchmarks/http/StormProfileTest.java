package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.StormProfile.Part;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StormProfileTest {

    private static final String REQUEST = "http-thread-pool::http-listener(7)";

    @Test
    void compilerAndCollectorThreadsAreTheirOwnPartsWhateverTheirStack() {
        assertThat(StormProfile.part("C2 CompilerThre", List.of("Compile::Optimize"))).isEqualTo(Part.JIT);
        assertThat(StormProfile.part("C1 CompilerThread1", List.of())).isEqualTo(Part.JIT);
        assertThat(StormProfile.part("GC Thread#1", List.of())).isEqualTo(Part.GC);
        assertThat(StormProfile.part("HttpClient-3-SelectorManager", List.of())).isEqualTo(Part.HTTP_CLIENT_THREADS);
        assertThat(StormProfile.part("admin-thread-pool::admin-listener(1)", List.of())).isEqualTo(Part.OTHER_THREADS);
    }

    @Test
    void theSqlATokenStoreMethodRunsCountsAsSqlAndTheEncryptionItCallsAsTheCipher() {
        assertThat(onRequestThread("org.apache.derby.impl.sql.GenericStatement.prepare",
                "com.sun.gjc.spi.base.ConnectionHolder.prepareStatement",
                "io.github.vismaidentity.store.TokenSetStore.writeRefreshed",
                "io.github.vismaidentity.refresh.LockedRefresh.underLock")).isEqualTo(Part.SQL);
        assertThat(onRequestThread("com.sun.crypto.provider.GaloisCounterMode.doFinal",
                "com.nimbusds.jose.crypto.DirectEncrypter.encrypt",
                "io.github.vismaidentity.store.TokenCipher.seal",
                "io.github.vismaidentity.store.TokenSetStore.writeRefreshed",
                "io.github.vismaidentity.refresh.LockedRefresh.underLock")).isEqualTo(Part.TOKEN_CIPHER);
    }

    @Test
    void aLogLineCountsAsLoggingAndTheIdTokensJsonAsItsCheck() {
        assertThat(onRequestThread("java.util.logging.Logger.log",
                "io.github.vismaidentity.refresh.LockedRefresh.underLock")).isEqualTo(Part.LOGGING);
        assertThat(onRequestThread("com.nimbusds.jose.shaded.gson.Gson.fromJson",
                "com.nimbusds.jwt.JWTClaimsSet.parse",
                "io.github.vismaidentity.protocol.IdTokenVerifier.verifyOrigin",
                "io.github.vismaidentity.refresh.RefreshIdTokenCheck.problem")).isEqualTo(Part.ID_TOKEN);
    }

    @Test
    void theTokenCallAndTheRequestAroundTheRefreshAreTheirOwnParts() {
        assertThat(onRequestThread("jdk.internal.net.http.HttpClientImpl.sendAsync",
                "io.github.vismaidentity.protocol.VismaHttp.send",
                "io.github.vismaidentity.protocol.TokenEndpointClient.call")).isEqualTo(Part.TOKEN_CALL);
        assertThat(onRequestThread("org.jboss.weld.bean.proxy.ProxyMethodHandler.invoke",
                "io.github.vismaidentity.benchmarks.web.TokenServlet.doGet")).isEqualTo(Part.CDI);
        assertThat(onRequestThread("org.glassfish.grizzly.http.HttpCodecFilter.handleRead"))
                .isEqualTo(Part.REQUEST_REST);
    }

    @Test
    void theTableListsThePartsLargestFirstWithTheirShare() {
        Map<Part, Double> perRefresh = new EnumMap<>(Part.class);
        perRefresh.put(Part.SQL, 1.0);
        perRefresh.put(Part.JIT, 3.0);

        assertThat(StormProfile.markdown(perRefresh)).isEqualTo("""
                | part | ms of Payara CPU per refresh | share |
                |---|---|---|
                | JIT compiler threads | 3.00 | 75 % |
                | SQL: the JDBC driver and database (Derby runs inside Payara), Payara's pool and statement wrappers | 1.00 | 25 % |
                | all samples | 4.00 | 100 % |
                """);
    }

    /** The part of a sample on a request thread with these frames, innermost first. */
    private static Part onRequestThread(String... frames) {
        return StormProfile.part(REQUEST, List.of(frames));
    }
}
