package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.UUID;

/**
 * An uploaded attachment (Visma's {@code Attachment}, from {@code /v2/attachments}): a file that can be
 * linked to a voucher or supplier invoice.
 *
 * @param id                   Visma's id (read-only)
 * @param fileName             the file's name
 * @param contentType          its MIME type
 * @param comment              a comment
 * @param documentId           the document it is linked to, if any
 * @param attachedDocumentType what kind of document that is
 * @param attachmentStatus     whether it is linked to a document
 * @param temporaryUrl         a URL the file can be downloaded from for a short time
 * @param uploadedBy           who uploaded it (read-only)
 */
public record Attachment(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("FileName") String fileName,
        @JsonbProperty("ContentType") String contentType,
        @JsonbProperty("Comment") String comment,
        @JsonbProperty("DocumentId") UUID documentId,
        @JsonbProperty("AttachedDocumentType") DocumentType attachedDocumentType,
        @JsonbProperty("AttachmentStatus") AttachmentStatus attachmentStatus,
        @JsonbProperty("TemporaryUrl") String temporaryUrl,
        @JsonbProperty("UploadedBy") String uploadedBy) {
}
