/**
 * Internal: the client's call machinery ({@link io.github.vismaidentity.eaccounting.http.ApiCalls}), the operations
 * it calls with their scopes ({@link io.github.vismaidentity.eaccounting.http.Operation}), pacing under Visma's rate
 * limit ({@link io.github.vismaidentity.eaccounting.http.Pacer}) and its JSON-B. Public only so that the root
 * package and {@code resources} can reach it; applications use {@code EAccountingClient}.
 */
package io.github.vismaidentity.eaccounting.http;
