/**
 * Internal: the bean that gives applications {@code @Inject EAccountingClient} for the signed-in caller, configured
 * through MicroProfile Config ({@code visma.identity.api-base-url}, {@code visma.eaccounting.calls-per-minute}).
 */
package io.github.vismaidentity.eaccounting.cdi;
