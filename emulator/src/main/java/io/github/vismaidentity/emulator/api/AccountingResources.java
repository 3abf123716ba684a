package io.github.vismaidentity.emulator.api;

import java.util.Set;

/**
 * The accounting resources: {@code fiscalyears} (GET, GET {id}; a sales or accounting scope, as Visma's
 * description lists), {@code accounts} (GET: the current fiscal year's chart), {@code vatcodes} (GET,
 * GET {id}) and {@code vouchers} (GET, GET {fiscalyearId}/{voucherId}, POST); reads with {@code ea:accounting}
 * or {@code ea:accounting_readonly}, the voucher create with {@code ea:accounting} only.
 */
final class AccountingResources implements ApiResource {

    static final QueryFields FISCAL_YEARS = QueryFields.of("fiscalyears")
            .field("StartDate", FieldType.DATE).field("EndDate", FieldType.DATE)
            .properties(BookSchemas.FISCAL_YEAR);
    static final QueryFields ACCOUNTS = QueryFields.of("accounts")
            .field("Number", FieldType.STRING).field("Name", FieldType.STRING).field("IsActive", FieldType.BOOLEAN)
            .properties(BookSchemas.ACCOUNT);
    static final QueryFields VAT_CODES = QueryFields.of("vatcodes").field("Code", FieldType.STRING)
            .properties(BookSchemas.VAT_CODE);
    static final QueryFields VOUCHERS = QueryFields.of("vouchers")
            .field("VoucherDate", FieldType.DATE).field("NumberSeries", FieldType.STRING)
            .properties(BookSchemas.VOUCHER);

    private final Ledgers ledgers;

    AccountingResources(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public void register(ApiRoutes routes) {
        Set<String> read = Scopes.read(Scopes.ACCOUNTING);
        Set<String> fiscalYears = Scopes.read(Scopes.SALES, Scopes.ACCOUNTING);
        routes.get("fiscalyears", fiscalYears, request -> request.page(FISCAL_YEARS, ledgers.of(request).calendar()
                        .years().stream().map(FiscalCalendar.FiscalYear::json).toList()))
                .get("fiscalyears/{id}", fiscalYears, request -> {
                    String id = request.id("id", "fiscal year");
                    request.ok(ledgers.of(request).calendar().byId(id).map(FiscalCalendar.FiscalYear::json)
                            .orElseThrow(() -> ApiError.notFound("fiscal year", id)));
                })
                .get("accounts", read, request -> request.page(ACCOUNTS, ledgers.of(request).accounts()))
                .get("vatcodes", read, request -> request.page(VAT_CODES, ledgers.of(request).vatCodes()))
                .get("vatcodes/{id}", read, request -> request.ok(Ledgers.byId(ledgers.of(request).vatCodes(),
                        "VAT code", request.id("id", "VAT code"))))
                .get("vouchers", read, request -> request.page(VOUCHERS, ledgers.of(request).voucherList.all()))
                .get("vouchers/{fiscalyearId}/{voucherId}", read, request -> {
                    String voucherId = request.id("voucherId", "voucher");
                    request.ok(Ledgers.found(ledgers.of(request).voucher(request.id("fiscalyearId", "fiscal year"),
                            voucherId), "voucher", voucherId));
                })
                .post("vouchers", Scopes.write(Scopes.ACCOUNTING), request -> request.created(
                        ledgers.of(request).createVoucher(request.body().asMap(), request.now())));
    }
}
