package io.github.vismaidentity.benchmarks.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientReportTest {

    private static final long MB = 1024 * 1024;

    private static final ClientReport.ImportRun IMPORT = new ClientReport.ImportRun(1_000, 600, 80.0, 1_000, 0, 1,
            55.0, 0, 1_000);

    @Test
    void aStreamMustSendOnePerPageAndTheLastPageMayBeShort() {
        assertThat(stream(10_000, 1_000, 10, heap(40 * MB, 41 * MB), 20 * MB).pages()).isEqualTo(10);
        assertThat(stream(10_001, 1_000, 11, heap(40 * MB), 20 * MB).pages()).isEqualTo(11);
        assertThat(stream(999, 1_000, 1, heap(40 * MB), 20 * MB).pages()).isEqualTo(1);
    }

    @Test
    void timePerItemIsTheStreamsTimeOverItsItemsAndTheClientsShareWhatItTakesBeyondTheSamePagesAsBytes() {
        ClientReport.StreamRun run = stream(10_000, 1_000, 10, heap(40 * MB), 20 * MB);

        assertThat(run.microsPerItem()).isEqualTo(200.0);
        assertThat(run.clientMicrosPerItem()).isEqualTo(50.0);
    }

    @Test
    void aStreamIsRightWithEveryItemOneRequestPerPageAndTheHeapWithinOnePagesShareOfTheList() {
        long[] flat = {40 * MB, 41 * MB, 40 * MB, 42 * MB, 40 * MB, 41 * MB, 40 * MB, 41 * MB, 40 * MB, 41 * MB};
        assertThat(stream(10_000, 1_000, 10, heap(flat), 20 * MB).right()).isTrue();
        assertThat(stream(10_000, 1_000, 11, heap(flat), 20 * MB).right()).as("a page fetched twice").isFalse();
        long[] growing = {40 * MB, 42 * MB, 44 * MB, 46 * MB, 48 * MB, 50 * MB, 52 * MB, 54 * MB, 56 * MB, 58 * MB};
        assertThat(stream(10_000, 1_000, 10, heap(growing), 20 * MB).right()).as("pages kept").isFalse();
        assertThat(stream(10_000, 1_000, 10, heap(40 * MB), 20 * MB).right()).as("a sample per page").isFalse();
    }

    @Test
    void theSpreadIsMaxMinusMinAndComparedWithTheList() {
        ClientReport.StreamRun run = stream(10_000, 1_000, 10, heap(40 * MB, 39 * MB, 41 * MB), 20 * MB);

        assertThat(run.heap().spread()).isEqualTo(2 * MB);
        assertThat(run.spreadOverList()).isEqualTo(0.1);
    }

    @Test
    void anImportIsRightOnlyWithOneCallPerCustomerNo429NoErrorAndAllListed() {
        assertThat(IMPORT.right()).isTrue();
        assertThat(new ClientReport.ImportRun(1_000, 600, 80.0, 1_000, 1, 1, 55.0, 0, 1_000).right()).isFalse();
        assertThat(new ClientReport.ImportRun(1_000, 600, 80.0, 1_001, 0, 1, 55.0, 0, 1_000).right()).isFalse();
        assertThat(new ClientReport.ImportRun(1_000, 600, 80.0, 1_000, 0, 1, 55.0, 1, 999).right()).isFalse();
    }

    @Test
    void anImportsRatesAreOverItsWallTimeAndItsTimeBesidesTheWaits() {
        assertThat(IMPORT.callsPerMinute()).isEqualTo(750.0);
        assertThat(IMPORT.millisPerCallBesidesWaits()).isEqualTo(25.0);
    }

    @Test
    void theMedianOfTheTimedStreamsIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(StreamMeasure.median(new double[] {3.0, 1.0, 2.0})).isEqualTo(2.0);
        assertThat(StreamMeasure.median(new double[] {4.0, 1.0, 3.0, 2.0})).isEqualTo(2.5);
    }

    @Test
    void listCallsAreMeasuredPerCallInTimeAndInTheHeapTheyLeaveBehind() {
        ClientReport.ListCallsRun run = new ClientReport.ListCallsRun(2_000, 10.0, 2 * MB);

        assertThat(run.millisPerCall()).isEqualTo(5.0);
        assertThat(run.bytesPerCall()).isEqualTo(1048.576);
    }

    @Test
    void theTablesShowWhatWasMeasured() {
        String markdown = ClientReport.markdown(stream(10_000, 1_000, 10, heap(40 * MB, 41 * MB), 20 * MB),
                new ClientReport.ListCallsRun(2_000, 10.0, 2 * MB), IMPORT, "Set-up.");

        assertThat(markdown).startsWith("### The eAccounting client")
                .contains("Set-up.")
                .contains("| `customers().stream(Query.all())` | 10,000 | 1,000 | 10 | 10 | 2.00 s | 200.0 µs "
                        + "| 1.50 s | 50.0 µs | 30.0 MB; 40.0 MB / 41.0 MB | 1.0 MB | 20.0 MB | 0.050 |")
                .contains("| `customers().list(Query.all().pageSize(1))` | 2,000 | 10.0 s | 5.0 ms | 2.0 MB | 1049 bytes |")
                .contains("| 1,000 | 600 a minute | 80.0 s | 1,000 | 750 | 0 | 1 | 55.0 s | 25.0 ms | 0 | 1,000 |");
    }

    @Test
    void noSampleIsAnErrorNotASpreadOfZero() {
        assertThatThrownBy(() -> new HeapSamples().spread()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No heap sample");
    }

    private static ClientReport.StreamRun stream(int customers, int pageSize, long requests, HeapSamples heap,
                                                 long listBytes) {
        return new ClientReport.StreamRun(customers, pageSize, requests, customers, 2.0, 1.5, heap, 30 * MB,
                listBytes);
    }

    private static HeapSamples heap(long... used) {
        HeapSamples samples = new HeapSamples();
        for (long bytes : used) {
            samples.add(bytes);
        }
        return samples;
    }
}
