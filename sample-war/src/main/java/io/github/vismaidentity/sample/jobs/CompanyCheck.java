package io.github.vismaidentity.sample.jobs;

import java.time.Instant;

/**
 * What the background job last found for one company: its name as the API gave it, or why it could not
 * ask. {@code problem} is a short text for the home page, never a token.
 */
public record CompanyCheck(String companyId, String companyName, Instant checkedAt, String problem) {

    /** Whether the job reached the company's data. */
    public boolean ok() {
        return problem == null;
    }
}
