package dev.switchboard.adapter.rest;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/** What one class logs during each test: {@code @RegisterExtension static final CapturedLog LOG = CapturedLog.of(…)}. */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
    }

    public static CapturedLog of(Class<?> source) {
        return new CapturedLog(source);
    }

    public List<ILoggingEvent> events() {
        return appender.list;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        logger.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.detachAppender(appender);
    }
}
