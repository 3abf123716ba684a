/**
 * The emulated eAccounting API under {@code /v2/}, with state per company.
 *
 * <p>{@link io.github.vismaidentity.emulator.api.EAccountingApi} serves every path and passes each call
 * through the same gates (route, Bearer token, rate limit per client and path template, scopes). A
 * resource is a class implementing {@code ApiResource} that adds its operations to {@code ApiRoutes}
 * (method, a path template as Visma's description writes it, {@code Scopes.read(...)} or
 * {@code Scopes.write(...)}, a handler) and is listed in {@code EAccountingApi.resources}. A handler
 * gets an {@code ApiRequest}: the caller's company and user, path parameters ({@code id(...)} gives
 * Visma's 404 for a malformed GUID), the company's {@code Records} of a resource
 * ({@code table(name, seed)}: the seed must depend on the company alone), the {@code JsonBody} (typed
 * reads that collect field errors; {@code validate()} throws one 400 listing them all), and
 * {@code page(QueryFields, items)} for a list with {@code $filter}, {@code $orderby}, {@code $select}
 * and paging. A refusal is an {@code ApiError}, rendered as Visma's error body.
 *
 * <p>The bookkeeping resources ({@code AccountingResources}, {@code PurchaseResources},
 * {@code SalesResources}) keep a company's documents together in one {@code Books} from {@code Ledgers},
 * since they refer to each other; their rules check bodies with {@code Checks}, whose field errors end in
 * the same 400.
 */
package io.github.vismaidentity.emulator.api;
