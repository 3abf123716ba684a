package io.github.vismaidentity.emulator.directory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * One of a company's made-up customers ({@link Company#customers()} of them): businesses and private
 * persons with names, streets, cities and postal codes of the company's country, numbered from 1001,
 * every tenth inactive. Each comes from the company's id and its index alone, so every start gives
 * the same customers (tests may compute what the API lists); making 10,000 takes a few milliseconds.
 *
 * @param id                      the customer's GUID
 * @param customerNumber          {@code 1000 + index}
 * @param name                    a business ("Berglunds Bygg AB") or, for every seventh, a person
 * @param privatePerson           true for a person
 * @param active                  false for every tenth
 * @param street                  street and number
 * @param postalCode              as the country writes it ("114 35", "0150")
 * @param city                    a city of the company's country
 * @param countryCode             the company's country
 * @param email                   an address under the reserved {@code .example} domain
 * @param telephone               a phone number of the country
 * @param corporateIdentityNumber the organisation number of a business, null for a person
 * @param changedUtc              when it last changed, one every 97 minutes or so from 2024-01-08
 */
public record SeededCustomer(String id, String customerNumber, String name, boolean privatePerson, boolean active,
                             String street, String postalCode, String city, String countryCode, String email,
                             String telephone, String corporateIdentityNumber, Instant changedUtc) {

    private record City(String name, String postalCode) {
    }

    private static final Instant FIRST_CHANGE = Instant.parse("2024-01-08T07:30:00Z");
    private static final List<String> SURNAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg", "Berglund", "Lindqvist", "Holm",
            "Sandberg", "Ekström", "Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Dahl", "O'Brien");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva",
            "Anders", "Sara", "Per", "Ingrid", "Nils", "Kari", "Ola", "Linnea", "Oskar");
    private static final List<String> TRADES = List.of("Bygg", "Måleri", "El", "Rör", "Konsult", "Redovisning",
            "Transport", "Trädgård", "Data", "Design", "Fastigheter", "Café", "Bageri", "Städ", "Snickeri", "Handel");
    private static final List<String> PLACES = List.of("Norra", "Södra", "Västra", "Östra", "Fjäll", "Sjö", "Skog",
            "Berg", "Dal", "Strand");
    private static final List<City> SWEDISH_CITIES = List.of(new City("Stockholm", "111 2"), new City("Göteborg", "411 0"),
            new City("Malmö", "211 2"), new City("Uppsala", "753 1"), new City("Västerås", "722 1"),
            new City("Örebro", "702 1"), new City("Linköping", "582 2"), new City("Helsingborg", "252 2"),
            new City("Jönköping", "553 1"), new City("Norrköping", "602 2"), new City("Lund", "222 2"),
            new City("Umeå", "903 2"), new City("Gävle", "802 5"), new City("Sundsvall", "852 3"));
    private static final List<City> NORWEGIAN_CITIES = List.of(new City("Oslo", "015"), new City("Bergen", "500"),
            new City("Trondheim", "701"), new City("Stavanger", "400"), new City("Drammen", "301"),
            new City("Kristiansand", "461"), new City("Tromsø", "900"), new City("Fredrikstad", "160"));
    private static final List<String> SWEDISH_STREETS = List.of("Storgatan", "Drottninggatan", "Kungsgatan",
            "Sveavägen", "Järnvägsgatan", "Industrivägen", "Hamngatan", "Skolgatan");
    private static final List<String> NORWEGIAN_STREETS = List.of("Storgata", "Kirkegata", "Strandveien",
            "Industriveien", "Parkveien", "Markveien");

    /** Every seeded customer of the company, in order (the API's order before any write). */
    public static List<SeededCustomer> of(Company company) {
        List<SeededCustomer> customers = new ArrayList<>(company.customers());
        for (int i = 1; i <= company.customers(); i++) {
            customers.add(of(company, i));
        }
        return customers;
    }

    /** The company's customer number {@code index} (from 1 to {@link Company#customers()}). */
    public static SeededCustomer of(Company company, int index) {
        if (index < 1 || index > company.customers()) {
            throw new IllegalArgumentException(company.name() + " has customers 1 to " + company.customers() + ", not " + index);
        }
        Random random = new Random(company.id().hashCode() * 1_000_003L + index);
        boolean norwegian = company.countryCode().equals("NO");
        boolean person = index % 7 == 3;
        City city = pick(random, norwegian ? NORWEGIAN_CITIES : SWEDISH_CITIES);
        String surname = pick(random, SURNAMES);
        String name = person ? pick(random, FIRST_NAMES) + " " + surname : businessName(random, surname, norwegian);
        String street = pick(random, norwegian ? NORWEGIAN_STREETS : SWEDISH_STREETS) + " " + (1 + random.nextInt(80));
        String postalCode = city.postalCode() + random.nextInt(10);
        String email = person ? slug(name.replace(' ', '.')) + "@mail.example"
                : "ekonomi@" + slug(name.replaceAll(" (AB|HB|AS|DA)$", "")) + ".example";
        String telephone = norwegian ? "+47 " + digits(random, 8) : "0" + (8 + random.nextInt(90)) + "-" + digits(random, 6);
        String organisation = person ? null
                : norwegian ? "9" + digits(random, 8) : "55" + digits(random, 4) + "-" + digits(random, 4);
        Instant changed = FIRST_CHANGE.plus(Duration.ofMinutes(index * 97L + random.nextInt(60)));
        String id = UUID.nameUUIDFromBytes((company.id() + "/customer/" + index).getBytes(StandardCharsets.UTF_8)).toString();
        return new SeededCustomer(id, String.valueOf(1000 + index), name, person, index % 10 != 0, street, postalCode,
                city.name(), company.countryCode(), email, telephone, organisation, changed);
    }

    private static String businessName(Random random, String surname, boolean norwegian) {
        String trade = pick(random, TRADES);
        String form = norwegian ? " AS" : " AB";
        return switch (random.nextInt(3)) {
            case 0 -> surname + "s " + trade + form;
            case 1 -> pick(random, PLACES) + " " + trade + form;
            default -> trade + " " + surname + " & Co" + (norwegian ? " DA" : " HB");
        };
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace("å", "a").replace("ä", "a").replace("ö", "o").replace("ø", "o")
                .replace("æ", "ae").replaceAll("[^a-z0-9.]", "");
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
