package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.VismaTokens;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder refuses what cannot work, saying what to give instead. */
class BuilderTest {

    private static final VismaTokens TOKENS = (VismaTokens) Proxy.newProxyInstance(VismaTokens.class.getClassLoader(),
            new Class<?>[] {VismaTokens.class}, (proxy, method, arguments) -> {
                throw new AssertionError("no call is made here");
            });

    @Test
    void aClientWithoutTokensIsRefused() {
        assertThatThrownBy(() -> EAccountingClient.builder().build()).hasMessageContaining("tokens(VismaTokens)");
    }

    @Test
    void aBaseUrlMustBeAbsoluteHttpWithoutAQuery() {
        EAccountingClient.Builder builder = EAccountingClient.builder();

        assertThatThrownBy(() -> builder.apiBaseUrl(URI.create("eaccountingapi.vismaonline.com/v2/")))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> builder.apiBaseUrl(URI.create("ftp://example.com/v2/")))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> builder.apiBaseUrl(URI.create("https://example.com/v2/?a=1")))
                .hasMessageContaining("without a query");
    }

    @Test
    void aNegativeCallsPerMinuteIsRefused() {
        assertThatThrownBy(() -> EAccountingClient.builder().callsPerMinute(-1))
                .hasMessageContaining("0 (no pacing) or more");
    }

    @Test
    void viewsNeedACompanyAndAUser() {
        try (EAccountingClient client = EAccountingClient.builder().tokens(TOKENS)
                .apiBaseUrl(URI.create("https://example.com/v2")).build()) {
            assertThatThrownBy(() -> client.forCompany(" ")).hasMessageContaining("companyId is required");
            assertThatThrownBy(() -> client.forUser(null, "c")).hasMessageContaining("subject is required");
            assertThat(client.forCompany("c").customers()).isNotNull();
        }
    }
}
