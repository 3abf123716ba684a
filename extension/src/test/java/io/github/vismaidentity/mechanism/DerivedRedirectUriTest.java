package io.github.vismaidentity.mechanism;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** A redirect URI taken from the request's Host header is logged once, with the URI it resolved to. */
class DerivedRedirectUriTest {

    private final Logger logger = Logger.getLogger(DerivedRedirectUri.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void theFirstDerivedRedirectUriIsLoggedOnceAsAWarningWithTheUriAndWhatToSet() {
        DerivedRedirectUri derived = new DerivedRedirectUri();
        URI first = URI.create("http://app.example.com:8080/shop/visma/callback");

        assertThat(derived.noted(first)).isEqualTo(first);
        derived.noted(URI.create("https://other.example.com/shop/visma/callback"));
        derived.noted(first);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains(DerivedRedirectUri.FROM_HOST_HEADER, first.toString(),
                    "Host header", "visma.identity.redirect-uri", "VISMA_IDENTITY_REDIRECT_URI");
        });
    }

    @Test
    void eachApplicationWarnsOnItsOwn() {
        new DerivedRedirectUri().noted(URI.create("http://a.example.com/visma/callback"));
        new DerivedRedirectUri().noted(URI.create("http://b.example.com/visma/callback"));

        assertThat(records).hasSize(2);
    }
}
