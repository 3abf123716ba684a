package io.github.vismaidentity.emulator.api;

import java.util.Set;

/**
 * The properties of the bookkeeping resources' schemas in Visma's OpenAPI description of API v2, by the
 * names it spells them with: what {@code $select} may name on each list (another name is a 400 naming it).
 */
final class BookSchemas {

    /** {@code FiscalYearApi}. */
    static final Set<String> FISCAL_YEAR = Set.of(
            "Id", "StartDate", "EndDate", "IsLockedForAccounting", "BookkeepingMethod");

    /** {@code AccountApi}. */
    static final Set<String> ACCOUNT = Set.of(
            "Name", "Number", "VatCodeId", "VatCodeDescription", "FiscalYearId", "ReferenceCode", "Type",
            "TypeDescription", "ModifiedUtc", "CreatedUtc", "IsActive", "AllowTransactionText",
            "IsFirstCostCenterMandatory", "IsProjectAllowed", "IsCostCenterAllowed", "IsBlockedForManualBooking",
            "Description");

    /** {@code VatCodeApi}. */
    static final Set<String> VAT_CODE = Set.of(
            "Id", "Code", "Description", "VatRate", "OssCodeType", "RelatedAccounts");

    /** {@code VoucherApi}. */
    static final Set<String> VOUCHER = Set.of(
            "Id", "VoucherDate", "VoucherText", "Rows", "NumberAndNumberSeries", "NumberSeries",
            "ImportedVoucherNumber", "Attachments", "ModifiedUtc", "VoucherType", "SourceId", "CreatedUtc");

    /** {@code SupplierApi}. */
    static final Set<String> SUPPLIER = Set.of(
            "Id", "SupplierNumber", "Address1", "Address2", "AutomaticPaymentService", "UnpaidInvoicesAmount",
            "BankAccountNumber", "Clearing", "BankBban", "BankBic", "BankCode", "BankCountryCode", "BankgiroNumber",
            "BankIban", "BankName", "City", "ContactPersonEmail", "ContactPersonMobile", "ContactPersonName",
            "ContactPersonPhone", "CorporateIdentityNumber", "CountryCode", "CreatedUtc", "CurrencyCode",
            "EmailAddress", "MessageThreads", "MobilePhone", "ModifiedUtc", "Name", "Note", "Notes",
            "PlusgiroNumber", "PostalCode", "Telephone", "TermsOfPaymentId", "VatNumber", "WwwAddress",
            "BankFeeCode", "PayFromBankAccountId", "ForeignPaymentCodeId", "ForeignPaymentCode",
            "UsesPaymentReferenceNumbers", "IsActive", "ProportionalVat", "SelfEmployedWithoutFixedAddress",
            "ApprovalOrderType", "OurCustomerNumber", "PurchaseDocumentLanguage", "Approvers",
            "UsesAutomaticSupplierInvoiceApproval", "LastInvoiceDate", "AccountingTemplateId");

    /** {@code SupplierInvoiceApi}. */
    static final Set<String> SUPPLIER_INVOICE = Set.of(
            "Id", "SupplierId", "OffsetInvoiceIds", "BankAccountId", "InvoiceDate", "PaymentDate", "DueDate",
            "InvoiceNumber", "TotalAmount", "Vat", "VatHigh", "VatMedium", "VatLow", "IsCreditInvoice",
            "CurrencyCode", "CurrencyRate", "OcrNumber", "Message", "CreatedUtc", "ModifiedUtc", "PlusGiroNumber",
            "BankGiroNumber", "Rows", "SupplierName", "SupplierNumber", "IsQuickInvoice", "IsDomestic",
            "RemainingAmount", "RemainingAmountInvoiceCurrency", "Number", "NumberSeries", "VoucherNumber",
            "VoucherId", "CreatedFromDraftId", "SelfEmployedWithoutFixedAddress", "AllocationPeriods",
            "AutoCreditDebitPairing", "SupplierInvoiceOrigin", "Attachments", "MessageThreads", "Notes",
            "SetOffAmountInvoiceCurrency", "Status", "PaymentStatus", "PaymentFileStatus", "SkipSendToBank",
            "AccountingTemplateId", "IsIncludedInVatReport", "VatReportId");

    /** {@code ArticleApi}. */
    static final Set<String> ARTICLE = Set.of(
            "Id", "IsActive", "Number", "Name", "NameEnglish", "NetPrice", "NetPriceWithDiscount", "GrossPrice",
            "CodingId", "CodingName", "UnitId", "UnitName", "UnitAbbreviation", "StockBalance",
            "StockBalanceManuallyChangedUtc", "StockBalanceReserved", "StockBalanceAvailable", "CreatedUtc",
            "ChangedUtc", "HouseWorkType", "PurchasePrice", "PurchasePriceManuallyChangedUtc", "SendToWebshop",
            "UsesMoss", "ArticleLabels", "MessageThreads", "Notes", "Note", "IsStock", "ShowStockInformation",
            "IsServiceArticle", "StockLocationReference", "FreightCosts", "FreightCostsManuallyChangedUtc",
            "UpdateStockPrices", "Barcodes", "StockValue", "GreenTechnologyType", "DiscountPercentage",
            "CurrencyCode", "PurchasePriceWithCurrency", "FreightCostWithCurrency", "OrderingPoint", "SupplierId",
            "SupplierArticleNumber");

    /** {@code ProjectApi}. */
    static final Set<String> PROJECT = Set.of(
            "Id", "Number", "Name", "StartDate", "EndDate", "CustomerId", "CustomerName", "Notes", "Status",
            "ModifiedUtc");

    /** {@code CustomerInvoiceDraftApi}. */
    static final Set<String> DRAFT = Set.of(
            "Id", "CustomerId", "CreatedUtc", "IsCreditInvoice", "RotReducedInvoicingType",
            "RotReducedInvoicingPropertyName", "RotReducedInvoicingOrgNumber", "MaxAllowedTaxReductionAmount",
            "RotReducedInvoicingAmount", "RotReducedInvoicingAutomaticDistribution", "RotPropertyType",
            "HouseWorkOtherCosts", "Rows", "Persons", "YourReference", "OurReference", "BuyersOrderReference",
            "ElectronicReference", "SubscriptionNumber", "ContractNumber", "InvoiceCustomerName", "InvoiceAddress1",
            "InvoiceAddress2", "InvoicePostalCode", "InvoiceCity", "InvoiceCountryCode", "InvoiceCurrencyCode",
            "DeliveryCustomerName", "DeliveryAddress1", "DeliveryAddress2", "DeliveryPostalCode", "DeliveryCity",
            "DeliveryCountryCode", "DeliveryMethodName", "DeliveryTermName", "TermsOfPaymentId",
            "DeliveryMethodCode", "DeliveryTermCode", "EuThirdParty", "CustomerIsPrivatePerson",
            "ReverseChargeOnConstructionServices", "SalesDocumentAttachments", "MessageThreads", "Notes",
            "InvoiceDate", "DueDate", "DeliveryDate", "TotalAmount", "TotalVatAmount", "TotalRoundings",
            "TotalAmountBaseCurrency", "TotalVatAmountBaseCurrency", "CustomerNumber", "CustomerName",
            "IncludesVat", "ReplaceUnitPriceWhenZero", "UsesGreenTechnology", "ContributionMargin", "IsDirectDebit",
            "BackgroundId");

    /** {@code CustomerInvoiceApi}. */
    static final Set<String> INVOICE = Set.of(
            "Id", "EuThirdParty", "IsCreditInvoice", "CurrencyCode", "CurrencyRate", "CreatedByUserId",
            "TotalAmount", "TotalVatAmount", "TotalRoundings", "TotalAmountInvoiceCurrency",
            "TotalVatAmountInvoiceCurrency", "SetOffAmountInvoiceCurrency", "CustomerId", "Rows",
            "VatSpecification", "InvoiceDate", "DueDate", "DeliveryDate", "RotReducedInvoicingType",
            "MaxAllowedTaxReductionAmount", "RotReducedInvoicingAmount", "RotReducedInvoicingPercent",
            "RotReducedInvoicingPropertyName", "RotReducedInvoicingOrgNumber", "Persons",
            "RotReducedInvoicingAutomaticDistribution", "ElectronicReference", "SubscriptionNumber",
            "ContractNumber", "ElectronicAddress", "EdiServiceDelivererId", "OurReference", "YourReference",
            "BuyersOrderReference", "InvoiceCustomerName", "InvoiceAddress1", "InvoiceAddress2",
            "InvoicePostalCode", "InvoiceCity", "InvoiceCountryCode", "DeliveryCustomerName", "DeliveryAddress1",
            "DeliveryAddress2", "DeliveryPostalCode", "DeliveryCity", "DeliveryCountryCode", "DeliveryMethodName",
            "DeliveryTermName", "DeliveryMethodCode", "DeliveryTermCode", "CustomerIsPrivatePerson",
            "TermsOfPaymentId", "CustomerEmail", "InvoiceNumber", "CustomerNumber", "CustomerName",
            "PaymentReferenceNumber", "RotPropertyType", "SalesDocumentAttachments", "MessageThreads", "Notes",
            "HasAutoInvoiceError", "IsNotDelivered", "ReverseChargeOnConstructionServices", "WorkHouseOtherCosts",
            "RemainingAmount", "RemainingAmountInvoiceCurrency", "ReferringInvoiceId", "CreatedFromOrderId",
            "CreatedFromQuoteId", "CreatedFromDraftId", "VoucherNumber", "VoucherId", "CreatedUtc", "ModifiedUtc",
            "ReversedConstructionVatInvoicing", "IncludesVat", "SendType", "PaymentReminderIssued",
            "PaymentRemindersCount", "LastPaymentReminderSentDate", "UsesGreenTechnology", "IsSold",
            "FactoringInvoiceStatus", "PaymentDate", "PaymentStatus", "CreditedBy", "ContributionMargin",
            "IsDirectDebit", "IsQuickInvoice", "IsCollectiveInvoice",
            "CollectiveCustomerInvoiceRowsRelationToOrders", "ReplaceUnitPriceWhenZero", "TaxDeductionStatus",
            "BackgroundId");

    /** {@code ArticleAccountCodingApi}. */
    static final Set<String> CODING = Set.of(
            "Id", "Name", "NameEnglish", "Type", "VatRate", "IsActive", "VatRatePercent",
            "DomesticSalesSubjectToReversedConstructionVatAccountNumber", "DomesticSalesSubjectToVatAccountNumber",
            "DomesticSalesVatExemptAccountNumber", "ForeignSalesSubjectToMossAccountNumber",
            "ForeignSalesSubjectToThirdPartySalesAccountNumber", "ForeignSalesSubjectToVatWithinEuAccountNumber",
            "ForeignSalesVatExemptOutsideEuAccountNumber", "ForeignSalesVatExemptWithinEuAccountNumber",
            "DomesticSalesVatCodeExemptAccountNumber", "ChangedUtc");

    /** {@code UnitApi}. */
    static final Set<String> UNIT = Set.of("Id", "Name", "Code", "Abbreviation", "AbbreviationEnglish");

    /** {@code Attachment}. */
    static final Set<String> ATTACHMENT = Set.of(
            "Id", "ContentType", "DocumentId", "AttachedDocumentType", "MessageThreads", "Notes", "PhotoSource",
            "FileName", "TemporaryUrl", "Comment", "SupplierName", "CurrencyCode", "AmountInvoiceCurrency", "Type",
            "AttachmentStatus", "UploadedBy", "ImageDate", "TransactionDate", "Ocr", "InvoiceNumber", "Vat",
            "DueDate", "SupplierCorporateIdentityNumber", "PaymentDate");

    private BookSchemas() {
    }
}
