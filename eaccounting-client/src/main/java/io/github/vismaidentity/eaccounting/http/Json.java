package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.eaccounting.model.ModelAdapters;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The client's own JSON-B: the model's adapters ({@link ModelAdapters#all()}: open enums, Visma's dates with or
 * without a time, zoneless UTC timestamps), no nulls written, unknown properties ignored (JSON-B's default). Bodies
 * are (de)serialized here from and to bytes, so the server needs no JAX-RS JSON provider and the application's own
 * JSON-B configuration plays no part.
 */
public final class Json {

    private Json() {
    }

    /** A new {@code Jsonb} for one client; close it with the client. */
    public static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withNullValues(false).withAdapters(ModelAdapters.all()));
    }
}
