package io.github.vismaidentity.benchmarks.databases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The databases the load drivers measure the store on, as named in their {@code --databases} option. */
public enum DatabaseKind {

    /** Apache Derby, embedded: the extension's default, and the figures before issue 15. */
    DERBY("derby", "Derby"),
    /** PostgreSQL 17.6, a server the driver starts itself ({@link EmbeddedPostgres17}). */
    POSTGRESQL("postgresql", "PostgreSQL");

    private final String option;
    private final String label;

    DatabaseKind(String option, String label) {
        this.option = option;
        this.label = label;
    }

    /** How the option names it: {@code derby}, {@code postgresql}. */
    public String option() {
        return option;
    }

    /** How the results name it. */
    public String label() {
        return label;
    }

    /**
     * The databases of a {@code --databases} value, in the order given (the order they are measured in):
     * comma-separated names, each at most once.
     */
    public static List<DatabaseKind> parseList(String value) {
        List<DatabaseKind> kinds = new ArrayList<>();
        for (String name : value.split(",", -1)) {
            DatabaseKind kind = Arrays.stream(values())
                    .filter(k -> k.option.equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--databases takes " + names()
                            + ", separated by commas; '" + name.strip() + "' is none of them"));
            if (kinds.contains(kind)) {
                throw new IllegalArgumentException("--databases names " + kind.option + " twice: each is measured once");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static String names() {
        return Arrays.stream(values()).map(DatabaseKind::option).collect(Collectors.joining(" or "));
    }
}
