package io.github.vismaidentity;

import java.util.List;

/**
 * Access tokens without an HTTP request, for timers, batch jobs and services: inject it
 * ({@code @Inject VismaTokens tokens}) and ask by company. Each call returns a token valid for at least a
 * minute, refreshed when needed; the refresh is serialized per token set across threads and nodes, and the
 * new tokens are committed before the token is handed out.
 */
public interface VismaTokens {
    // Every method throws only VismaTokenException's subclasses: VismaReauthenticationRequiredException (the user
    // must sign in), VismaTransientException (try later) and VismaConfigurationException (an operator must act).

    /**
     * A token for the company, from the most recently used connection of any user to it.
     *
     * @param companyId the company's id, Visma's {@code CompanyIdentifier}
     * @return a token valid for at least a minute
     * @throws VismaReauthenticationRequiredException when nobody connected the company, or its connection
     *                                                needs a new sign-in
     * @throws VismaTransientException                when Visma or the database could not be reached
     * @throws VismaConfigurationException             when Visma refuses the client's credentials, a stored token
     *                                                does not open with the configured keys, or the datasource is
     *                                                missing
     */
    VismaAccessToken forCompany(String companyId);

    /**
     * A token for this user in this company.
     *
     * @param subject   the Visma user's {@code sub}
     * @param companyId the company's id
     * @return a token valid for at least a minute
     * @throws VismaReauthenticationRequiredException when the user must sign in (again) to the company
     * @throws VismaTransientException                when Visma or the database could not be reached
     * @throws VismaConfigurationException             when Visma refuses the client's credentials, a stored token
     *                                                does not open with the configured keys, or the datasource is
     *                                                missing
     */
    VismaAccessToken forUser(String subject, String companyId);

    /**
     * A new token in place of one the eAccounting API refused with HTTP 401 before its expiry; many callers
     * reporting the same token cause one refresh.
     *
     * @param rejected the token the API refused
     * @return a newer token for the same user and company
     * @throws VismaReauthenticationRequiredException when the set cannot be refreshed any more
     * @throws VismaTransientException                when Visma or the database could not be reached
     * @throws VismaConfigurationException             when Visma refuses the client's credentials, a stored token
     *                                                does not open with the configured keys, or the datasource is
     *                                                missing
     */
    VismaAccessToken replaceRejected(VismaAccessToken rejected);

    /**
     * Every connection of this application, any user, any status.
     *
     * @return the connections, ordered by company name
     */
    List<VismaConnection> connections();

    /**
     * Disconnects the user from the company: revokes the refresh token at Visma (when its discovery document
     * names a revocation endpoint) and deletes the token set on every node. Disconnecting twice is fine.
     *
     * @param subject   the Visma user's {@code sub}
     * @param companyId the company's id
     * @return true when Visma confirmed the revocation, false when it could not (the set is deleted anyway)
     */
    boolean disconnect(String subject, String companyId);
}
