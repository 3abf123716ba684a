package io.github.vismaidentity.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records one logger writes while the capture is open; closing it detaches the capture. */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(Logger logger) {
        this.logger = logger;
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Starts capturing the logger named after {@code source}. */
    public static CapturedLog of(Class<?> source) {
        return new CapturedLog(Logger.getLogger(source.getName()));
    }

    /** The messages logged at WARNING or above so far. */
    public List<String> warnings() {
        return records.stream().filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogRecord::getMessage).toList();
    }

    /** Every record logged so far, at any level. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
