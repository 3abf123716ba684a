package io.github.vismaidentity.eaccounting;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One field Visma refused, from the {@code Errors} of its error body: show {@link #message()} next to the field
 * named {@link #field()} on the form.
 *
 * @param field     the property Visma names, as spelled in its JSON ({@code Name}, {@code Rows[0].ArticleId})
 * @param errorCode why, as a word ({@code Required}, {@code MaxLength}, {@code InvalidValue}, {@code NotFound})
 * @param message   Visma's explanation, for people
 * @param key       Visma's message key, for translation; may be null
 */
public record FieldError(@JsonbProperty("Field") String field, @JsonbProperty("ErrorCode") String errorCode,
                         @JsonbProperty("Message") String message, @JsonbProperty("Key") String key) {

    @Override
    public String toString() {
        return field + " " + errorCode + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
