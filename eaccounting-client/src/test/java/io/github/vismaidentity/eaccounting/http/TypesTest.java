package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.model.Supplier;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON-B implementations cache a deserializer per {@link Type} they are given: a list's type must be equal to
 * itself from one call to the next, or every list call leaves a deserializer behind for as long as the client
 * lives (the benchmarks' client part measured 747 bytes per call).
 */
class TypesTest {

    @Test
    void theListTypeOfAnItemIsEqualFromOneCallToTheNextSoJsonbCachesOneDeserializerForIt() {
        Type first = Types.listBodyOf(Customer.class);
        Type second = Types.listBodyOf(Customer.class);

        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(Types.listBodyOf(Supplier.class)).isNotEqualTo(first);
    }

    @Test
    void theListTypeIsTheListBodyOfTheItem() {
        ParameterizedType type = (ParameterizedType) Types.listBodyOf(Customer.class);

        assertThat(type.getRawType()).isEqualTo(Types.ListBody.class);
        assertThat(type.getActualTypeArguments()).containsExactly(Customer.class);
    }
}
