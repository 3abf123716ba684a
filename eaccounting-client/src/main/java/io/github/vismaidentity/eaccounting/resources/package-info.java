/**
 * One class per eAccounting resource, reached through {@code EAccountingClient} ({@code client.customers()},
 * {@code client.vouchers()}, ...). A list resource gives one page ({@code list(Query)}) or a lazy stream over every
 * page ({@code stream(Query)}), and has the properties Visma filters and orders it by as {@code Field} constants:
 * <pre>{@code
 * client.customers().stream(Query.all().where(Customers.CHANGED_UTC.gt(lastSync)).orderBy(Customers.NAME))
 * }</pre>
 * Each class's javadoc names the scopes its reads and writes need; a call whose scope the connection lacks fails
 * with {@code MissingScopeException} before it is sent.
 */
package io.github.vismaidentity.eaccounting.resources;
