package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;
import java.util.UUID;

/**
 * Attachments linked to a document (Visma's {@code AttachmentLinkApi}, sent to
 * {@code POST /v2/attachmentlinks}): uploaded attachments become part of a voucher or supplier
 * invoice. Visma requires {@code DocumentType} and {@code AttachmentIds}.
 *
 * @param documentId    the document the attachments belong to
 * @param documentType  what kind of document that is
 * @param attachmentIds the attachments, as {@code attachments().upload} returned them
 */
public record AttachmentLink(
        @JsonbProperty("DocumentId") UUID documentId,
        @JsonbProperty("DocumentType") DocumentType documentType,
        @JsonbProperty("AttachmentIds") List<UUID> attachmentIds) {

    /** A list Visma sends as null or leaves out is read as empty, without null items, and kept unmodifiable. */
    public AttachmentLink {
        attachmentIds = Lists.withoutNulls(attachmentIds);
    }
}
