package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Company;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One company's books beyond its customers: fiscal years, chart, VAT codes, suppliers, articles, projects,
 * invoice drafts, customer and supplier invoices, vouchers and attachments; seeded the same way each start
 * (for a given day) and changed by the API's creates. Creates that touch several resources (converting a
 * draft, linking attachments) hold the books' lock, so two of them never interleave.
 */
final class Books {

    private final String companyId;
    private final String countryCode;
    private final String currencyCode;
    private final FiscalCalendar calendar;
    private final Vouchers vouchers;
    private final SalesDocuments sales;
    private final Function<String, Optional<Map<String, Object>>> customers;
    private final Function<String, Optional<Integer>> termsDays;
    final Records suppliers;
    final Records articles;
    final Records projects;
    final Records drafts;
    final Records invoices;
    final Records supplierInvoices;
    final Records voucherList;
    final Records attachments;

    /**
     * @param seedCustomers    the customers the seeded invoices and projects are for
     * @param customers        the company's customer by id, as it is when a document is created
     * @param termsDays        the days of a terms of payment by id, empty for one the company does not have
     * @param defaultTermsId   the terms of payment the seeded suppliers are on
     */
    Books(Company company, String currencyCode, LocalDate today, List<Map<String, Object>> seedCustomers,
          Function<String, Optional<Map<String, Object>>> customers, Function<String, Optional<Integer>> termsDays,
          String defaultTermsId) {
        this.companyId = company.id();
        this.countryCode = company.countryCode();
        this.currencyCode = currencyCode;
        this.customers = customers;
        this.termsDays = termsDays;
        this.calendar = new FiscalCalendar(companyId, today);
        this.vouchers = new Vouchers(companyId, calendar);
        LocalDate founded = calendar.years().get(0).start();
        this.articles = new Records(Catalogue.articles(companyId, founded));
        this.projects = new Records(Projects.seed(companyId, seedCustomers, today));
        this.sales = new SalesDocuments(new SalesDocuments.Context(companyId, currencyCode, customers, termsDays,
                new SalesRows(companyId, articles::get, id -> projects.get(id).isPresent())));
        SalesSeed salesSeed = new SalesSeed(companyId, sales, articles.all());
        this.invoices = new Records(seedCustomers.isEmpty() ? List.of() : salesSeed.invoices(seedCustomers, today));
        this.drafts = new Records(seedCustomers.isEmpty() ? List.of() : salesSeed.drafts(seedCustomers, today));
        List<Map<String, Object>> seededSuppliers = Suppliers.seed(companyId, countryCode, currencyCode,
                defaultTermsId, founded);
        List<Map<String, Object>> seededInvoices = SupplierInvoices.seed(companyId, seededSuppliers, today);
        this.suppliers = new Records(Suppliers.withUnpaid(seededSuppliers, seededInvoices));
        this.supplierInvoices = new Records(seededInvoices);
        this.voucherList = new Records(vouchers.seed(today));
        this.attachments = new Records(List.of());
    }

    FiscalCalendar calendar() {
        return calendar;
    }

    /** The chart's accounts in the current fiscal year ({@code AccountApi}). */
    List<Map<String, Object>> accounts() {
        FiscalCalendar.FiscalYear year = calendar.current();
        String created = JsonValues.timestamp(calendar.years().get(0).start());
        return Chart.ACCOUNTS.stream().map(account -> Chart.accountJson(companyId, account, year.id(), created)).toList();
    }

    List<Map<String, Object>> vatCodes() {
        return Chart.VAT_CODES.stream().map(vat -> Chart.vatCodeJson(companyId, vat)).toList();
    }

    /** The article account codings ({@code ArticleAccountCodingApi}), changed last when the books were founded. */
    List<Map<String, Object>> codings() {
        String changed = JsonValues.timestamp(calendar.years().get(0).start());
        return Catalogue.CODINGS.stream().map(coding -> Catalogue.codingJson(companyId, coding, changed)).toList();
    }

    /** The units articles are sold in ({@code UnitApi}). */
    List<Map<String, Object>> units() {
        return Catalogue.UNITS.stream().map(unit -> Catalogue.unitJson(companyId, unit)).toList();
    }

    /** A voucher by its fiscal year and id: empty when either is unknown or the voucher is of another year. */
    Optional<Map<String, Object>> voucher(String fiscalYearId, String voucherId) {
        return calendar.byId(fiscalYearId).flatMap(year -> voucherList.get(voucherId)
                .filter(voucher -> vouchers.fiscalYearIdOf(voucher).equals(year.id())));
    }

    synchronized Map<String, Object> createSupplier(Map<String, Object> body, Instant now) throws ApiError {
        Checks checks = new Checks();
        return stored(suppliers, Checks.accepted(Suppliers.create(body, checks, suppliers.all(), termsDays,
                newId(), countryCode, currencyCode, now), checks));
    }

    synchronized Map<String, Object> createArticle(Map<String, Object> body, Instant now) throws ApiError {
        Checks checks = new Checks();
        return stored(articles, Checks.accepted(Articles.create(companyId, body, checks, articles.all(), newId(),
                now), checks));
    }

    synchronized Map<String, Object> createProject(Map<String, Object> body, Instant now) throws ApiError {
        Checks checks = new Checks();
        return stored(projects, Checks.accepted(Projects.create(body, checks, projects.all(), customers, newId(),
                now, today(now)), checks));
    }

    synchronized Map<String, Object> createDraft(Map<String, Object> body, Instant now) throws ApiError {
        Checks checks = new Checks();
        Map<String, Object> draft = sales.draft(newId(), body, checks, now, today(now));
        return stored(drafts, Checks.accepted(Optional.of(draft), checks));
    }

    synchronized Map<String, Object> createInvoice(Map<String, Object> body, Instant now) throws ApiError {
        Checks checks = new Checks();
        Map<String, Object> invoice = sales.invoice(newId(), body, checks, nextInvoiceNumber(), now, today(now));
        return stored(invoices, Checks.accepted(Optional.of(invoice), checks));
    }

    /** The draft as an invoice with the next number, the draft gone; empty when there is no such draft. */
    synchronized Optional<Map<String, Object>> convertDraft(String draftId, Instant now) throws ApiError {
        Optional<Map<String, Object>> draft = drafts.get(draftId);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> invoice = createInvoice(SalesDocuments.invoiceRequestOf(draft.get()), now);
        drafts.remove(draftId);
        return Optional.of(invoice);
    }

    synchronized Map<String, Object> createVoucher(Map<String, Object> body, Instant now) throws ApiError {
        Checks checks = new Checks();
        return stored(voucherList, Checks.accepted(vouchers.create(body, checks, voucherList.all(),
                id -> projects.get(id).isPresent(), newId(), now, today(now)), checks));
    }

    synchronized Map<String, Object> upload(Map<String, Object> body, String uploadedBy, Instant now)
            throws ApiError {
        Checks checks = new Checks();
        Map<String, Object> attachment = Checks.accepted(Attachments.upload(body, checks, newId(), uploadedBy, now),
                checks);
        if (attachments.get((String) attachment.get("Id")).isPresent()) {
            checks.invalid("Id", "An attachment with Id " + attachment.get("Id")
                    + " exists: send no Id to get a new one");
            Checks.accepted(Optional.empty(), checks);
        }
        return stored(attachments, attachment);
    }

    /** Links attachments to a supplier invoice or voucher: both sides then name each other. */
    synchronized Map<String, Object> link(Map<String, Object> body) throws ApiError {
        Checks checks = new Checks();
        Map<String, Object> link = Checks.accepted(Attachments.link(body, checks, attachments::get,
                (type, id) -> (type == Attachments.VOUCHER ? voucherList : supplierInvoices).get(id).isPresent()),
                checks);
        String documentId = (String) link.get("DocumentId");
        int type = (Integer) link.get("DocumentType");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) link.get("AttachmentIds");
        for (String id : ids) {
            change(attachments, id, attachment -> {
                attachment.put("DocumentId", documentId);
                attachment.put("AttachedDocumentType", type);
                attachment.put("AttachmentStatus", 0);
                return attachment;
            });
        }
        if (type == Attachments.VOUCHER) {
            change(voucherList, documentId, voucher -> {
                Map<String, Object> links = new LinkedHashMap<>();
                links.put("DocumentId", documentId);
                links.put("DocumentType", type);
                links.put("AttachmentIds", union(((Map<?, ?>) voucher.get("Attachments")).get("AttachmentIds"), ids));
                voucher.put("Attachments", links);
                return voucher;
            });
        } else {
            change(supplierInvoices, documentId, invoice -> {
                invoice.put("Attachments", union(invoice.get("Attachments"), ids));
                return invoice;
            });
        }
        return link;
    }

    private static List<String> union(Object current, List<String> added) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        ((List<?>) current).forEach(id -> all.add(String.valueOf(id)));
        all.addAll(added);
        return List.copyOf(all);
    }

    private int nextInvoiceNumber() {
        return invoices.all().stream().mapToInt(invoice -> ((Number) invoice.get("InvoiceNumber")).intValue())
                .max().orElse(0) + 1;
    }

    private static Map<String, Object> stored(Records records, Map<String, Object> entity) {
        return records.put(entity);
    }

    /** Stores a changed copy: a stored item is never changed, as a list being written out may hold it. */
    private static void change(Records records, String id, UnaryOperator<Map<String, Object>> change) {
        records.get(id).ifPresent(current -> records.put(change.apply(new LinkedHashMap<>(current))));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
