package io.github.vismaidentity.it.support;

import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token table as the test application's {@code /test/token-rows} prints it, one list of columns per
 * token set: client id, subject, company id, company name, refresh token, access token, version, status.
 */
public final class TokenRows {

    public static final int COMPANY_ID = 2;
    public static final int COMPANY_NAME = 3;
    public static final int REFRESH_TOKEN = 4;
    public static final int VERSION = 6;
    public static final int STATUS = 7;

    private TokenRows() {
    }

    public static List<List<String>> of(URL app) throws IOException {
        try (WebClient reader = new WebClient()) {
            WebResponse response = reader.loadWebResponse(new WebRequest(new URL(app, "test/token-rows")));
            assertThat(response.getStatusCode()).as(response.getContentAsString()).isEqualTo(200);
            return response.getContentAsString().lines().map(line -> List.of(line.split("\t"))).toList();
        }
    }

    /** The token set of the seeded user in the company, which must exist. */
    public static List<String> of(URL app, String username, String company) throws IOException {
        String subject = VismaPages.subjectOf(username);
        return of(app).stream().filter(row -> row.get(1).equals(subject) && row.get(COMPANY_NAME).equals(company))
                .findFirst().orElseThrow(() -> new AssertionError("no token set of " + username + " in " + company));
    }
}
