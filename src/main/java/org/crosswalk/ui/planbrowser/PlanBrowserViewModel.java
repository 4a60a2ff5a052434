package org.crosswalk.ui.planbrowser;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.WorkspaceSession;

/**
 * The plan browser's state: the outline node in scope (a plan, chapter or section), the filter
 * text, and the items those select, with how many priorities each is linked to.
 */
public final class PlanBrowserViewModel {

    /** A node of the outline: a plan, a chapter or a section, by id. */
    public record Scope(Level level, UUID id) {
    }

    /** Outline levels. */
    public enum Level { PLAN, CHAPTER, SECTION }

    private final WorkspaceSession session;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private Map<UUID, Integer> linkCounts = Map.of();

    public PlanBrowserViewModel(WorkspaceSession session) {
        this.session = session;
        session.contentProperty().addListener((o, old, now) -> {
            if (now != null && scope.get() != null && !exists(now, scope.get())) {
                scope.set(null);
            }
            refresh();
        });
        filter.addListener((o, old, now) -> refresh());
        scope.addListener((o, old, now) -> refresh());
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<PlanItem> items() {
        return items;
    }

    public int linkCount(UUID itemId) {
        return linkCounts.getOrDefault(itemId, 0);
    }

    private void refresh() {
        WorkspaceContent content = session.content();
        if (content == null) {
            items.clear();
            linkCounts = Map.of();
            return;
        }
        Map<UUID, Integer> counts = new HashMap<>();
        for (Link link : content.links()) {
            counts.merge(link.planItemId(), 1, Integer::sum);
        }
        linkCounts = counts;
        List<String> words = words(filter.get());
        items.setAll(content.items().stream()
                .filter(item -> inScope(item, scope.get()))
                .filter(item -> matches(item, words))
                .toList());
    }

    static List<String> words(String filterText) {
        String text = filterText == null ? "" : filterText.toLowerCase(Locale.ROOT).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }

    /** Every word of the filter appears in the item's number or text (case-insensitive). */
    static boolean matches(PlanItem item, List<String> words) {
        String haystack = (item.numberOrBlank() + " " + item.text()).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }

    private static boolean inScope(PlanItem item, Scope scope) {
        if (scope == null) {
            return true;
        }
        return switch (scope.level()) {
            case PLAN -> item.planId().equals(scope.id());
            case CHAPTER -> item.chapterId().equals(scope.id());
            case SECTION -> scope.id().equals(item.sectionId());
        };
    }

    private static boolean exists(WorkspaceContent content, Scope scope) {
        return switch (scope.level()) {
            case PLAN -> content.plan(scope.id()).isPresent();
            case CHAPTER -> content.chapter(scope.id()).isPresent();
            case SECTION -> content.section(scope.id()).isPresent();
        };
    }
}
