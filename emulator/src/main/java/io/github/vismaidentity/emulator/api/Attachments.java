package io.github.vismaidentity.emulator.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Attachments: an upload ({@code AttachmentUploadApi}: {@code ContentType} one of the four the description
 * allows, a {@code FileName} of letters, digits and {@code - _ ( )}, the file as Base64 {@code Data} or a public
 * {@code Url}) becomes an unmatched {@code Attachment}; a link ({@code AttachmentLinkApi}) matches existing,
 * unlinked attachments to a supplier invoice or a voucher. The emulator keeps no file content.
 */
final class Attachments {

    static final int SUPPLIER_INVOICE = 1;
    static final int VOUCHER = 3;
    private static final Set<String> CONTENT_TYPES = Set.of("image/jpeg", "image/png", "image/tiff", "application/pdf");
    /** The description's characters, and the dot, without which no file name has an extension. */
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}_()\\-.]+");

    private Attachments() {
    }

    static Optional<Map<String, Object>> upload(Map<String, Object> body, Checks checks, String id, String uploadedBy,
                                                Instant now) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("Id", checks.id(body, "", "Id", false).orElse(id));
        checks.requiredText(body, "", "ContentType", 15).ifPresent(type -> {
            if (!CONTENT_TYPES.contains(type)) {
                checks.invalid("ContentType", "ContentType '" + type + "' is not allowed: send one of "
                        + CONTENT_TYPES.stream().sorted().toList());
            }
            attachment.put("ContentType", type);
        });
        attachment.put("AttachedDocumentType", 0);
        checks.requiredText(body, "", "FileName", 200).ifPresent(name -> {
            if (!FILE_NAME.matcher(name).matches()) {
                checks.invalid("FileName", "FileName '" + name + "' may hold only letters, digits and - _ ( ) .");
            }
            attachment.put("FileName", name);
        });
        content(body, checks);
        checks.text(body, "", "Comment", 1000).ifPresent(comment -> attachment.put("Comment", comment));
        attachment.put("Type", 2);
        attachment.put("AttachmentStatus", 1);
        attachment.put("UploadedBy", uploadedBy);
        attachment.put("ImageDate", JsonValues.timestamp(now));
        return checks.ok() ? Optional.of(attachment) : Optional.empty();
    }

    private static void content(Map<String, Object> body, Checks checks) {
        Optional<String> data = checks.text(body, "", "Data", Integer.MAX_VALUE).filter(text -> !text.isBlank());
        Optional<String> url = checks.text(body, "", "Url", 2000).filter(text -> !text.isBlank());
        if (data.isEmpty() && url.isEmpty()) {
            checks.add("Data", Checks.REQUIRED, "Send the file as Base64 in Data, or a public Url to fetch it from");
        }
        data.ifPresent(text -> {
            try {
                if (Base64.getDecoder().decode(text.trim()).length == 0) {
                    checks.invalid("Data", "Data holds an empty file");
                }
            } catch (IllegalArgumentException e) {
                checks.invalid("Data", "Data must be the file's bytes in Base64 (RFC 4648, not URL-safe)");
            }
        });
        url.ifPresent(text -> {
            try {
                URI uri = URI.create(text);
                if (!uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme().toLowerCase())) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                checks.invalid("Url", "Url must be an absolute http or https URL, not '" + text + "'");
            }
        });
    }

    /**
     * The link a request describes, checked, or empty with the problems in {@code checks}.
     *
     * @param attachments the company's attachments by id
     * @param documents   whether a document of a type (1 or 3) with an id exists
     */
    static Optional<Map<String, Object>> link(Map<String, Object> body, Checks checks,
                                              Function<String, Optional<Map<String, Object>>> attachments,
                                              DocumentLookup documents) {
        Optional<Long> type = checks.whole(body, "", "DocumentType", 0, Integer.MAX_VALUE, true);
        type.filter(value -> value != SUPPLIER_INVOICE && value != VOUCHER).ifPresent(value -> checks.invalid(
                "DocumentType", "The emulator links attachments to document type 1 (SupplierInvoice) or 3 (Voucher),"
                        + " not " + value));
        Optional<String> documentId = checks.id(body, "", "DocumentId", true);
        if (documentId.isPresent() && type.isPresent() && (type.get() == SUPPLIER_INVOICE || type.get() == VOUCHER)
                && !documents.exists(type.get().intValue(), documentId.get())) {
            checks.notFound("DocumentId", documentId.get(), type.get() == VOUCHER ? "voucher" : "supplier invoice");
        }
        List<String> ids = attachmentIds(body, checks, attachments, documentId.orElse(null));
        if (!checks.ok()) {
            return Optional.empty();
        }
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("DocumentId", documentId.get());
        link.put("DocumentType", type.get().intValue());
        link.put("AttachmentIds", ids);
        return Optional.of(link);
    }

    private static List<String> attachmentIds(Map<String, Object> body, Checks checks,
                                              Function<String, Optional<Map<String, Object>>> attachments,
                                              String documentId) {
        Object value = body.get("AttachmentIds");
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            checks.add("AttachmentIds", Checks.REQUIRED, "AttachmentIds needs the id of at least one attachment");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            String field = "AttachmentIds[" + index + "]";
            Optional<String> id = checks.id(Map.of(field, String.valueOf(list.get(index))), "", field, true);
            id.ifPresent(found -> attachments.apply(found).ifPresentOrElse(attachment -> {
                Object linkedTo = attachment.get("DocumentId");
                if (linkedTo != null && !linkedTo.equals(documentId)) {
                    checks.invalid(field, "Attachment " + found + " is already linked to document " + linkedTo);
                }
                ids.add(found);
            }, () -> checks.notFound(field, found, "attachment")));
        }
        return ids;
    }

    /** Whether a company has a document of a type (1 supplier invoice, 3 voucher) with an id. */
    @FunctionalInterface
    interface DocumentLookup {
        boolean exists(int documentType, String id);
    }
}
