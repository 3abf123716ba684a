package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;


/**
 * A file to upload as an attachment (Visma's {@code AttachmentUploadApi}, sent to
 * {@code POST /v2/attachments}); create one with {@link #of(String, String, byte[])}. Visma requires
 * {@code FileName} and {@code ContentType}.
 *
 * @param fileName    the file's name (at most 200 characters)
 * @param contentType its MIME type, e.g. {@code application/pdf} (at most 15 characters)
 * @param data        its content, Base64-encoded
 * @param comment     a comment
 */
public record AttachmentUpload(
        @JsonbProperty("FileName") String fileName,
        @JsonbProperty("ContentType") String contentType,
        @JsonbProperty("Data") String data,
        @JsonbProperty("Comment") String comment) {

    /**
     * @param fileName    the file's name
     * @param contentType its MIME type, e.g. {@code image/png}
     * @param content     its bytes, sent Base64-encoded
     * @return the upload to send to {@code attachments().upload}
     */
    public static AttachmentUpload of(String fileName, String contentType, byte[] content) {
        return new AttachmentUpload(fileName, contentType, java.util.Base64.getEncoder().encodeToString(content), null);
    }

    /** Names the file and its size, never its content. */
    @Override
    public String toString() {
        return "AttachmentUpload[" + fileName + ", " + contentType + ", "
                + (data == null ? 0 : data.length()) + " Base64 characters]";
    }
}
