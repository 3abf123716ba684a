package io.github.vismaidentity.emulator.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of an error body's {@code Errors}: the field (its JSON name), a code ({@code Required},
 * {@code MaxLength}, {@code InvalidValue}, {@code NotFound}) and a message saying what to fix.
 */
record FieldError(String field, String errorCode, String message) {

    static final String REQUIRED = "Required";
    static final String MAX_LENGTH = "MaxLength";
    static final String INVALID_VALUE = "InvalidValue";
    static final String NOT_FOUND = "NotFound";

    /** The JSON entry; {@code Key} repeats the field, as no Visma document says what else it holds. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Field", field);
        json.put("ErrorCode", errorCode);
        json.put("Message", message);
        json.put("Key", field);
        return json;
    }
}
