package org.crosswalk.ui.planimport;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.crosswalk.plans.reading.ParsedItem;

/** The PDF page the selected item starts on, as a picture the width of the pane. */
final class SourcePagePane extends BorderPane {
    private final Path pdf;
    private final PageImages images;
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    private final Label state = new Label();
    private Integer shownPage;

    SourcePagePane(Path pdf, ReviewViewModel model, PageImages images) {
        this.pdf = pdf;
        this.images = images;
        setMinWidth(0);
        caption.getStyleClass().add("pane-heading");
        caption.setPadding(new Insets(0, 0, 4, 0));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("importPageImage");
        view.setAccessibleText("The page of the file the selected item comes from");
        state.setWrapText(true);
        state.getStyleClass().add("import-hint");

        StackPane page = new StackPane(view);
        page.getStyleClass().add("import-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        view.fitWidthProperty().bind(scroll.widthProperty().subtract(24));
        StackPane body = new StackPane(scroll, state);
        StackPane.setAlignment(state, Pos.TOP_LEFT);
        setTop(caption);
        setCenter(body);
        model.selectedItemProperty().addListener((o, old, now) -> show(now));
        show(model.selectedItemProperty().get());
    }

    private void show(ParsedItem item) {
        Integer page = item == null ? null : item.pdfPage();
        caption.setText(page == null ? "Page of the file" : "Page " + page + " of the file"
                + (item.printedPage() == null ? "" : " (printed page " + item.printedPage() + ")"));
        if (page == null) {
            images.forget();
            shownPage = null;
            view.setImage(null);
            state.setText(item == null ? "" : "No page is known for this item.");
            return;
        }
        if (page.equals(shownPage)) {
            return;
        }
        shownPage = page;
        state.setText(view.getImage() == null ? "Loading page " + page + "…" : "");
        images.request(pdf, page, image -> {
            view.setImage(image);
            state.setText("");
        }, problem -> {
            view.setImage(null);
            state.setText(problem);
        });
    }
}
