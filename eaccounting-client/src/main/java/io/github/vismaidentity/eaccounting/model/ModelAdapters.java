package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.adapter.JsonbAdapter;

/**
 * The JSON-B adapters the model needs: lenient dates and timestamps, and one per open enum. The
 * client registers them itself; register them on your own {@code JsonbConfig} only to read or write
 * the records outside the client:
 * {@code JsonbBuilder.create(new JsonbConfig().withAdapters(ModelAdapters.all()))}.
 */
public final class ModelAdapters {

    private ModelAdapters() {
    }

    /** @return a new instance of every adapter of the model, in no particular order */
    public static JsonbAdapter<?, ?>[] all() {
        return new JsonbAdapter<?, ?>[] {
                new LenientLocalDateAdapter(),
                new LenientInstantAdapter(),
                new AttachmentStatus.Adapter(),
                new DocumentType.Adapter(),
                new ProductVariant.Adapter(),
                new ProjectStatus.Adapter(),
                new PropertyType.Adapter(),
                new RotReducedInvoicingType.Adapter(),
                new SupplierInvoiceStatus.Adapter(),
                new TermsOfPaymentType.Adapter(),
                new VoucherType.Adapter(),
        };
    }
}
