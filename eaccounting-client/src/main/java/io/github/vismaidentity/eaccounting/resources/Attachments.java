package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Attachment;
import io.github.vismaidentity.eaccounting.model.AttachmentLink;
import io.github.vismaidentity.eaccounting.model.AttachmentUpload;

import java.util.Objects;
import java.util.UUID;

/**
 * Attachments: receipts and invoice images ({@code /v2/attachments}, {@code /v2/attachmentlinks}; uploads need
 * {@code ea:purchase} or {@code ea:accounting}). Upload the file, then link it to its voucher or supplier invoice:
 * <pre>{@code
 * Attachment receipt = attachments.upload(AttachmentUpload.of("receipt.pdf", "application/pdf", bytes));
 * attachments.link(new AttachmentLink(voucher.id(), DocumentType.VOUCHER, List.of(receipt.id())));
 * }</pre>
 */
public final class Attachments {

    private final ApiCalls calls;

    /** Made by {@code EAccountingClient.attachments()}. */
    public Attachments(ApiCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /**
     * Uploads the file and returns the attachment Visma made of it (with its id).
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused (a
     *                                                                       content type it does not take, a long
     *                                                                       name)
     */
    public Attachment upload(AttachmentUpload upload) {
        return calls.send(Operation.ATTACHMENTS_UPLOAD, Objects.requireNonNull(upload, "upload"), Attachment.class);
    }

    /**
     * The attachment with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public Attachment get(UUID attachmentId) {
        return calls.get(Operation.ATTACHMENTS_GET, Attachment.class,
                Objects.requireNonNull(attachmentId, "attachmentId"));
    }

    /**
     * Links uploaded attachments to a document (a voucher, a supplier invoice, ...) and returns the link as Visma
     * stored it.
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused (an
     *                                                                       attachment or document it does not know:
     *                                                                       {@code NotFound})
     */
    public AttachmentLink link(AttachmentLink link) {
        return calls.send(Operation.ATTACHMENT_LINKS_CREATE, Objects.requireNonNull(link, "link"),
                AttachmentLink.class);
    }
}
