package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.eaccounting.Meta;
import jakarta.json.bind.annotation.JsonbProperty;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/** The generic types JSON-B reads a list's answer into (public, since JSON-B reads only public records). */
public final class Types {

    private Types() {
    }

    /** A list's answer as Visma sends it: {@code {"Meta": {...}, "Data": [...]}}. */
    public record ListBody<T>(@JsonbProperty("Meta") Meta meta, @JsonbProperty("Data") List<T> data) {
    }

    /** {@code ListBody<item>}. */
    static Type listBodyOf(Class<?> item) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {item};
            }

            @Override
            public Type getRawType() {
                return ListBody.class;
            }

            @Override
            public Type getOwnerType() {
                return Types.class;
            }
        };
    }
}
