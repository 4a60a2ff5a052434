package org.crosswalk.ui.planimport;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.crosswalk.plans.reading.pdf.PdfPageImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders PDF pages for the review on a thread of its own and hands them to the JavaFX thread;
 * only the page asked for last is shown, so stepping quickly through items does not queue pages.
 */
final class PageImages implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PageImages.class);

    private final PdfPageImages pages = new PdfPageImages();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "crosswalk-page-images");
        worker.setDaemon(true);
        return worker;
    });
    private final AtomicLong latest = new AtomicLong();

    /** Renders {@code page} of {@code pdf}; {@code shown} or {@code failed} is called on the JavaFX thread. */
    void request(Path pdf, int page, float dpi, Consumer<Image> shown, Consumer<String> failed) {
        long ticket = latest.incrementAndGet();
        thread.execute(() -> {
            if (ticket != latest.get()) {
                return;
            }
            try {
                BufferedImage picture = pages.render(pdf, page, dpi);
                Image image = SwingFXUtils.toFXImage(picture, null);
                Platform.runLater(() -> {
                    if (ticket == latest.get()) {
                        shown.accept(image);
                    }
                });
            } catch (Exception e) {
                LOG.warn("Could not show page {} of {}", page, pdf, e);
                Platform.runLater(() -> {
                    if (ticket == latest.get()) {
                        failed.accept("Page " + page + " of the file could not be shown.");
                    }
                });
            }
        });
    }

    /** Forgets any page still asked for. */
    void forget() {
        latest.incrementAndGet();
    }

    @Override
    public void close() {
        latest.incrementAndGet();
        thread.execute(() -> {
            try {
                pages.close();
            } catch (Exception e) {
                LOG.debug("Closing the page renderer", e);
            }
        });
        thread.shutdown();
    }
}
