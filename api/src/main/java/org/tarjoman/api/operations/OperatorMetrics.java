package org.tarjoman.api.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;

/**
 * The gauges operators watch that count rows: the webhook outbox's backlog (events waiting to be
 * sent) and the events given up after their last attempt. Both are read with one query at most every
 * {@link #REFRESH}, whatever the scrape rate, so a scrape of {@code /q/metrics} stays cheap on a large
 * outbox and several Prometheus servers do not multiply the load. The counters and timers (saves,
 * matches, imports, webhook failures, MT calls) are kept where the work happens.
 */
@ApplicationScoped
public class OperatorMetrics {

    static final Duration REFRESH = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(OperatorMetrics.class);
    private static final String OUTBOX_COUNTS = "select"
            + " sum(case when delivered_at is null and failed_at is null then 1 else 0 end),"
            + " sum(case when failed_at is not null then 1 else 0 end) from webhook_event";

    private final DataSource dataSource;
    private final MeterRegistry meters;
    private volatile Outbox outbox = new Outbox(Double.NaN, Double.NaN, 0);

    /** The outbox counts as last read, and when ({@link System#nanoTime()}; 0 for never). */
    private record Outbox(double backlog, double givenUp, long readAt) {
    }

    OperatorMetrics(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("tarjoman.webhook.backlog", this, m -> m.outbox().backlog())
                .description("Webhook events waiting to be delivered (read at most every " + REFRESH.toSeconds() + " s)")
                .register(meters);
        Gauge.builder("tarjoman.webhook.given.up", this, m -> m.outbox().givenUp())
                .description("Webhook events given up after their last attempt (read at most every " + REFRESH.toSeconds()
                        + " s)")
                .register(meters);
    }

    /** The counts, read again when older than {@link #REFRESH}; NaN (no sample) while the database cannot be read. */
    private Outbox outbox() {
        Outbox last = outbox;
        if (last.readAt() != 0 && System.nanoTime() - last.readAt() < REFRESH.toNanos()) {
            return last;
        }
        synchronized (this) {
            if (outbox != last) {
                return outbox; // another scrape read it meanwhile
            }
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet counts = statement.executeQuery(OUTBOX_COUNTS)) {
                counts.next();
                outbox = new Outbox(counts.getLong(1), counts.getLong(2), System.nanoTime());
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Reading the webhook outbox for the metrics failed (%s)", e.getMessage());
                // tried again after the interval, not at every scrape of an unreachable database
                outbox = new Outbox(Double.NaN, Double.NaN, System.nanoTime());
            }
            return outbox;
        }
    }
}
