package io.github.vismaidentity.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The load drivers' {@code --name value} options. */
public record RunOptions(List<String> args) {

    /** The value of {@code name}, or {@code fallback} when it is not given; fails when it has no value. */
    public String text(String name, String fallback) {
        int at = args.indexOf(name);
        if (at >= 0 && at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return at < 0 ? fallback : args.get(at + 1);
    }

    /** Every value of a repeatable option. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(name)) {
                values.add(args.get(i + 1));
            }
        }
        return values;
    }

    /** The whole number given as {@code name}, or {@code fallback}. */
    public int number(String name, int fallback) {
        String value = text(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
