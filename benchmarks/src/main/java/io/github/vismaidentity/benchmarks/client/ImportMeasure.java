package io.github.vismaidentity.benchmarks.client;

import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.EAccountingException;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;

import java.util.UUID;

/** A background job's import: customers created one after the other into one company, paced by the client. */
final class ImportMeasure {

    private final ClientWorld world;
    private final EAccountingClient company;
    private final PacerWaits waits;
    private final int perMinute;

    ImportMeasure(ClientWorld world, EAccountingClient company, PacerWaits waits, int perMinute) {
        this.world = world;
        this.company = company;
        this.waits = waits;
        this.perMinute = perMinute;
    }

    ClientReport.ImportRun run(int count) {
        UUID terms = company.termsOfPayments().list(Query.all()).items().get(0).id();
        long listedBefore = listed();
        long callsBefore = world.emulator.control().requests(Endpoint.API_CUSTOMERS);
        long rateLimitedBefore = world.emulator.control().count(Counter.RATE_LIMITED_API_CALLS);
        PacerWaits.Tally waitsBefore = waits.tally();
        int errors = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            try {
                company.customers().create(customer(i, terms));
            } catch (EAccountingException e) {
                if (errors++ == 0) {
                    System.out.println("The first failed create: " + e.getMessage());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long calls = world.emulator.control().requests(Endpoint.API_CUSTOMERS) - callsBefore;
        long rateLimited = world.emulator.control().count(Counter.RATE_LIMITED_API_CALLS) - rateLimitedBefore;
        PacerWaits.Tally waited = waits.tally().minus(waitsBefore);
        return new ClientReport.ImportRun(count, perMinute, seconds, calls, rateLimited, waited.waits(),
                waited.seconds(), errors, listed() - listedBefore);
    }

    /** The company's customers as the list's Meta counts them: one call, one customer on its page. */
    private long listed() {
        return company.customers().list(Query.all().pageSize(1)).meta().totalNumberOfResults();
    }

    /** A customer with Visma's required fields, each one different, as an import from another system has. */
    private static Customer customer(int i, UUID termsOfPayment) {
        return Customer.builder("Imported Customer " + i)
                .invoiceAddress1("Importgatan " + (i + 1))
                .invoicePostalCode(String.format("%03d %02d", 100 + i / 100, i % 100))
                .invoiceCity("Uppsala")
                .invoiceCountryCode("SE")
                .emailAddress("customer" + i + "@import.example")
                .termsOfPaymentId(termsOfPayment)
                .build();
    }
}
