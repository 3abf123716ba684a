package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.support.CapturedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** A redirect URI taken from the request's Host header is logged once, with the URI it resolved to. */
class DerivedRedirectUriTest {

    private final CapturedLog log = CapturedLog.of(DerivedRedirectUri.class);

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void theFirstDerivedRedirectUriIsLoggedOnceAsAWarningWithTheUriAndWhatToSet() {
        DerivedRedirectUri derived = new DerivedRedirectUri();
        URI first = URI.create("http://app.example.com:8080/shop/visma/callback");

        assertThat(derived.noted(first)).isEqualTo(first);
        derived.noted(URI.create("https://other.example.com/shop/visma/callback"));
        derived.noted(first);

        assertThat(log.warnings()).singleElement().asString().contains(DerivedRedirectUri.FROM_HOST_HEADER,
                first.toString(), "Host header", "visma.identity.redirect-uri", "VISMA_IDENTITY_REDIRECT_URI");
    }

    @Test
    void eachApplicationWarnsOnItsOwn() {
        new DerivedRedirectUri().noted(URI.create("http://a.example.com/visma/callback"));
        new DerivedRedirectUri().noted(URI.create("http://b.example.com/visma/callback"));

        assertThat(log.warnings()).hasSize(2);
    }
}
