package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.adapter.JsonbAdapter;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The JSON-B adapter every open enum of this package shares: the enum is the integer Visma sends,
 * and any integer is read, known or not, so a value Visma adds later never fails a read.
 *
 * @param <T> the open enum
 */
abstract class IntCodeAdapter<T> implements JsonbAdapter<T, Integer> {

    private final IntFunction<T> of;
    private final ToIntFunction<T> value;

    IntCodeAdapter(IntFunction<T> of, ToIntFunction<T> value) {
        this.of = of;
        this.value = value;
    }

    // Yasson hands a JSON null to the adapter: a null is a null either way.
    @Override
    public Integer adaptToJson(T code) {
        return code == null ? null : value.applyAsInt(code);
    }

    @Override
    public T adaptFromJson(Integer code) {
        return code == null ? null : of.apply(code);
    }
}
