package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.crosswalk.export.Exporter;

/**
 * The foot of an export dialog: Format, Export… (asks where, then writes), a busy sign, the
 * message, any extra buttons, Open the file / Open the folder once written, and Close. Node ids
 * are {@code idPrefix} + "Format", "Button" and "Message", for tests and screen readers' labels.
 */
public final class ExportBar {
    private ExportBar() {
    }

    /**
     * @param suggestedName the file name offered in the save dialog, for the chosen format
     * @param export        writes the chosen file
     */
    public static HBox build(String idPrefix, List<Exporter> formats, ObjectProperty<Exporter> format, ExportJob job,
                             Supplier<String> suggestedName, Consumer<Path> export, DialogService dialogs,
                             Stage stage, Node... extra) {
        ComboBox<Exporter> formatBox = new ComboBox<>(FXCollections.observableArrayList(formats));
        formatBox.setId(idPrefix + "Format");
        formatBox.valueProperty().bindBidirectional(format);
        formatBox.setButtonCell(new FormatCell());
        formatBox.setCellFactory(list -> new FormatCell());
        formatBox.setAccessibleText("Format");
        Label formatLabel = new Label("For_mat");
        formatLabel.setMnemonicParsing(true);
        formatLabel.setLabelFor(formatBox);

        Button exportButton = new Button("_Export…");
        exportButton.setId(idPrefix + "Button");
        exportButton.setDefaultButton(true);
        exportButton.disableProperty().bind(job.exportingProperty().or(format.isNull()));
        exportButton.setOnAction(e -> {
            Exporter exporter = format.get();
            Path written = job.writtenProperty().get();
            dialogs.chooseExportTarget(written == null ? null : written.getParent(), suggestedName.get(),
                    exporter.description(), exporter.extension()).ifPresent(export);
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(job.exportingProperty());

        Label message = new Label();
        message.setId(idPrefix + "Message");
        message.setWrapText(true);
        message.textProperty().bind(job.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button openFile = new Button("Open the file");
        openFile.disableProperty().bind(job.writtenProperty().isNull());
        openFile.setOnAction(e -> dialogs.openExternally(job.writtenProperty().get()));
        Button openFolder = new Button("Open the folder");
        openFolder.disableProperty().bind(job.writtenProperty().isNull());
        openFolder.setOnAction(e -> dialogs.openExternally(job.writtenProperty().get().getParent()));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        List<Node> nodes = new ArrayList<>(List.of(formatLabel, formatBox, exportButton, busy, message));
        nodes.addAll(List.of(extra));
        nodes.addAll(List.of(openFile, openFolder, close));
        HBox bar = new HBox(8, nodes.toArray(Node[]::new));
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static final class FormatCell extends ListCell<Exporter> {
        @Override
        protected void updateItem(Exporter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.description() + " (" + item.extension() + ")");
        }
    }
}
