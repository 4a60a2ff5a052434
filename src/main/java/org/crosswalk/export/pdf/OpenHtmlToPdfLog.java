package org.crosswalk.export.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to SLF4J (the log file) instead of the console: its INFO chatter
 * at DEBUG, its warnings (CSS it skips, a glyph no font has) at DEBUG too, errors as warnings.
 */
final class OpenHtmlToPdfLog implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.crosswalk.export.pdf.openhtmltopdf");
    private static volatile boolean installed;

    private OpenHtmlToPdfLog() {
    }

    static void install() {
        if (!installed) {
            synchronized (OpenHtmlToPdfLog.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.warn("{}: {}", where, message, th);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {}", where, message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue() || LOG.isDebugEnabled();
    }
}
