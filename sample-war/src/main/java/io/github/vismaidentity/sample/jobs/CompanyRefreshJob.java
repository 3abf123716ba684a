package io.github.vismaidentity.sample.jobs;

import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.model.CompanySettings;
import io.github.vismaidentity.sample.web.Problem;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every connected company's data fresh with nobody signed in: every {@code sample.refresh-interval}
 * (ISO-8601, default PT5M) it lists the active connections ({@link VismaTokens#connections()}) and reads each
 * company's settings with {@link EAccountingClient#forCompany}, whose token the extension refreshes when needed.
 * On several nodes each node runs it; the extension refreshes a company's tokens once for all of them.
 */
@ApplicationScoped
public class CompanyRefreshJob {

    private static final Logger LOG = Logger.getLogger(CompanyRefreshJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    VismaTokens tokens;

    @Inject
    EAccountingClient api;

    @Inject
    @ConfigProperty(name = "sample.refresh-interval", defaultValue = "PT5M")
    Duration interval;

    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledFuture<?> schedule;
    private volatile Instant lastRun;
    private volatile List<CompanyCheck> lastChecks = List.of();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("sample.refresh-interval must be a positive ISO-8601 duration such as"
                    + " PT5M, not " + interval);
        }
        schedule = scheduler.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Company refresh job runs every " + interval);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One pass over every company with an active connection; never throws, so the schedule keeps going. */
    public void run() {
        try {
            Map<String, CompanyCheck> checks = new LinkedHashMap<>();
            for (VismaConnection connection : tokens.connections()) {
                if (connection.status() == VismaConnection.Status.ACTIVE) {
                    checks.computeIfAbsent(connection.companyId(), id -> check(id, connection.companyName()));
                }
            }
            lastChecks = checks.values().stream().sorted(Comparator.comparing(CompanyCheck::companyName)).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The company refresh job could not list the connections", e);
        } finally {
            lastRun = clock.instant();
        }
    }

    private CompanyCheck check(String companyId, String storedName) {
        try {
            CompanySettings settings = api.forCompany(companyId).companySettings().get();
            return new CompanyCheck(companyId, settings.name(), clock.instant(), null);
        } catch (RuntimeException e) {
            Problem problem = Problem.of(e);
            String message = "VISMAID5070 Company refresh job: " + storedName + " (" + companyId + "): " + problem.title()
                    + (problem.messageId() == null ? "" : " (" + problem.messageId() + ")");
            // A failure the sample does not know keeps its stack trace in the log; a known one needs none.
            LOG.log(Level.WARNING, message, problem.status() == 500 ? e : null);
            return new CompanyCheck(companyId, storedName, clock.instant(), problem.title());
        }
    }

    /** When the job last ran, if it has. */
    public Optional<Instant> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** What the last run found, by company name. */
    public List<CompanyCheck> lastChecks() {
        return lastChecks;
    }

    /** How often the job runs. */
    public Duration interval() {
        return interval;
    }
}
