package org.crosswalk.ui;

import java.util.Optional;
import java.util.UUID;
import javafx.scene.Cursor;
import javafx.scene.Node;

/**
 * What is being dragged inside the window. Drags use JavaFX's in-scene press-drag-release
 * gesture rather than the OS drag-and-drop, so they behave the same everywhere, headless too.
 */
public final class DragContext {

    /** The kinds of things that can be dragged. */
    public enum Kind { PLAN_ITEM, PRIORITY, SUB_ITEM, THEME }

    /** A dragged thing. */
    public record Payload(Kind kind, UUID id) {
    }

    private Payload payload;

    /** Starts dragging from {@code source}; call from its DRAG_DETECTED handler. */
    public void start(Node source, Kind kind, UUID id) {
        payload = new Payload(kind, id);
        source.startFullDrag();
        source.getScene().setCursor(Cursor.CLOSED_HAND);
        source.setOnMouseReleased(e -> finish(source));
    }

    public Optional<Payload> payload() {
        return Optional.ofNullable(payload);
    }

    public Optional<UUID> dragged(Kind kind) {
        return payload().filter(p -> p.kind() == kind).map(Payload::id);
    }

    private void finish(Node source) {
        payload = null;
        if (source.getScene() != null) {
            source.getScene().setCursor(Cursor.DEFAULT);
        }
    }

    /** Clears the drag after a drop. */
    public void clear(Node anyNode) {
        payload = null;
        if (anyNode.getScene() != null) {
            anyNode.getScene().setCursor(Cursor.DEFAULT);
        }
    }
}
