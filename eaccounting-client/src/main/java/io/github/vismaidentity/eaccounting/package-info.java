/**
 * A typed client of the Visma eAccounting API v2 on the extension's tokens. Inject
 * {@code EAccountingClient} for the signed-in caller's company, or call its {@code forCompany} for a
 * background job; every list is a page or a lazy stream over all pages.
 */
package io.github.vismaidentity.eaccounting;
