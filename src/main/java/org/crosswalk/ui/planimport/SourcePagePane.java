package org.crosswalk.ui.planimport;

import java.nio.file.Path;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.crosswalk.plans.reading.ParsedItem;

/** The PDF page the selected item starts on, as a picture the width of the pane, with zoom. */
final class SourcePagePane extends BorderPane {
    private static final double[] ZOOMS = {1, 1.5, 2, 3};
    /**
     * Resolutions a page is rendered at: the smallest that covers the width shown (an A4 page is
     * 8.27 inches wide), so the picture is sharp and cheap to draw (software rendering draws a
     * large picture scaled down slowly).
     */
    private static final float[] DPIS = {72, 100, 144, 200};
    private static final double PAGE_INCHES = 8.27;

    private final Path pdf;
    private final PageImages images;
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    private final Label state = new Label();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private Integer shownPage;
    private Integer loadedPage;
    private float loadedDpi;

    SourcePagePane(Path pdf, ReviewViewModel model, PageImages images) {
        this.pdf = pdf;
        this.images = images;
        setMinWidth(0);
        caption.getStyleClass().add("pane-heading");
        caption.setMinWidth(0);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("importPageImage");
        view.setAccessibleText("The page of the file the selected item comes from");
        state.setWrapText(true);
        state.getStyleClass().add("import-hint");
        state.setPadding(new Insets(8));

        StackPane page = new StackPane(view);
        page.getStyleClass().add("import-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("importPageScroll");
        scroll.setPannable(true);
        scroll.setFocusTraversable(false);
        // The page fills the visible width (less the grey margin), times the zoom. Not a binding: the
        // scroll pane sets a new (equal) viewport box on every layout, and an invalidated fit width
        // asks for another layout, so a binding would lay out and repaint the page on every frame.
        Runnable fit = () -> view.setFitWidth(Math.max(50, (scroll.getViewportBounds().getWidth() - 16) * zoom.get()));
        scroll.viewportBoundsProperty().addListener((o, old, now) -> {
            if (old == null || old.getWidth() != now.getWidth()) {
                fit.run();
            }
        });
        zoom.addListener((o, old, now) -> fit.run());
        StackPane body = new StackPane(scroll, state);
        StackPane.setAlignment(state, Pos.TOP_LEFT);

        Button smaller = zoomButton("−", "Smaller page", -1);
        Button larger = zoomButton("+", "Larger page, to read it", +1);
        smaller.setId("importZoomOut");
        larger.setId("importZoomIn");
        smaller.disableProperty().bind(zoom.lessThanOrEqualTo(ZOOMS[0]));
        larger.disableProperty().bind(zoom.greaterThanOrEqualTo(ZOOMS[ZOOMS.length - 1]));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, caption, gap, smaller, larger);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 4, 0));
        setTop(top);
        setCenter(body);
        view.setFitWidth(50);
        view.fitWidthProperty().addListener((o, old, now) -> load());
        model.selectedItemProperty().addListener((o, old, now) -> show(now));
        show(model.selectedItemProperty().get());
    }

    private Button zoomButton(String text, String tip, int step) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> {
            int at = 0;
            while (at < ZOOMS.length - 1 && ZOOMS[at] < zoom.get()) {
                at++;
            }
            zoom.set(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, at + step))]);
        });
        return button;
    }

    private void show(ParsedItem item) {
        Integer page = item == null ? null : item.pdfPage();
        caption.setText(page == null ? "Page of the file" : "Page " + page + " of the file"
                + (item.printedPage() == null ? "" : " (printed page " + item.printedPage() + ")"));
        if (page == null) {
            images.forget();
            shownPage = null;
            loadedPage = null;
            view.setImage(null);
            state.setText(item == null ? "" : "No page is known for this item.");
            return;
        }
        shownPage = page;
        load();
    }

    /** Renders the shown page if it is not on screen yet, or not at the resolution its width needs. */
    private void load() {
        Integer page = shownPage;
        if (page == null) {
            return;
        }
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : getScene().getWindow().getOutputScaleX();
        float dpi = dpiFor(view.getFitWidth() * scale);
        if (page.equals(loadedPage) && dpi == loadedDpi) {
            return;
        }
        if (!page.equals(loadedPage)) {
            state.setText(view.getImage() == null ? "Loading page " + page + "…" : "");
        }
        images.request(pdf, page, dpi, image -> {
            loadedPage = page;
            loadedDpi = dpi;
            view.setImage(image);
            state.setText("");
        }, problem -> {
            loadedPage = null;
            view.setImage(null);
            state.setText(problem);
        });
    }

    static float dpiFor(double width) {
        double needed = width / PAGE_INCHES;
        for (float dpi : DPIS) {
            if (dpi >= needed) {
                return dpi;
            }
        }
        return DPIS[DPIS.length - 1];
    }
}
