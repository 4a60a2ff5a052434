package org.crosswalk.ui.planbrowser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.crosswalk.search.PlanSearch;
import org.crosswalk.search.SearchHit;
import org.crosswalk.search.SearchQuery;
import org.crosswalk.store.Workspace;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan browser's state: the outline node in scope (a plan, chapter or section), the search
 * text, and the items those select, with how many priorities each is linked to. Typed words are
 * searched in the workspace's full-text index (stemmed, best match first) on the workspace's
 * background thread; an answer that arrives after the person typed on is dropped.
 */
public final class PlanBrowserViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PlanBrowserViewModel.class);
    /** Results shown at most: more than anyone reads, few enough to list at once. */
    static final int SEARCH_LIMIT = 200;

    /** A node of the outline: a plan, a chapter or a section, by id. */
    public record Scope(Level level, UUID id) {
    }

    /** Outline levels. */
    public enum Level { PLAN, CHAPTER, SECTION }

    private final WorkspaceSession session;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final StringProperty resultSummary = new SimpleStringProperty("");
    private Map<UUID, Integer> linkCounts = Map.of();
    private Map<UUID, SearchHit> hits = Map.of();
    private long generation;

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

    /** "14 paragraphs match “smoking”, best first", or "" when nothing is being searched. */
    public StringProperty resultSummaryProperty() {
        return resultSummary;
    }

    /** The words of an item that matched the search (as its text writes them), for highlighting. */
    public List<String> matchedWords(UUID itemId) {
        SearchHit hit = hits.get(itemId);
        return hit == null ? List.of() : hit.matches();
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
        long ticket = ++generation;
        String typed = filter.get() == null ? "" : filter.get().strip();
        if (typed.isEmpty()) {
            hits = Map.of();
            resultSummary.set("");
            items.setAll(content.items().stream().filter(item -> inScope(item, scope.get())).toList());
            return;
        }
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            showFiltered(content, typed);
            return;
        }
        SearchQuery query = query(content, typed);
        session.background(() -> new PlanSearch(workspace).search(query), found -> {
            if (ticket == generation && session.content() == content) {
                showHits(content, typed, found);
            }
        }, error -> {
            LOG.warn("Search for “{}” failed; filtering by plain text instead", typed, error);
            if (ticket == generation) {
                showFiltered(content, typed);
            }
        });
    }

    private SearchQuery query(WorkspaceContent content, String typed) {
        SearchQuery query = SearchQuery.of(typed).withLimit(SEARCH_LIMIT);
        Scope current = scope.get();
        if (current == null) {
            return query;
        }
        return switch (current.level()) {
            case PLAN -> query.inPlan(current.id());
            case CHAPTER -> query.inChapter(current.id());
            case SECTION -> content.section(current.id()).map(s -> query.inChapter(s.chapterId())).orElse(query);
        };
    }

    private void showHits(WorkspaceContent content, String typed, List<SearchHit> found) {
        Map<UUID, SearchHit> byItem = new LinkedHashMap<>();
        List<PlanItem> ranked = new ArrayList<>();
        for (SearchHit hit : found) {
            content.item(hit.itemId()).filter(item -> inScope(item, scope.get())).ifPresent(item -> {
                byItem.put(item.id(), hit);
                ranked.add(item);
            });
        }
        hits = byItem;
        resultSummary.set(ranked.isEmpty() ? "Nothing matches “" + typed + "”."
                : ranked.size() + (ranked.size() == 1 ? " item matches" : " items match") + " “" + typed
                        + "”" + (ranked.size() >= SEARCH_LIMIT ? " (the best " + SEARCH_LIMIT + " shown)" : "")
                        + ", best first.");
        items.setAll(ranked);
    }

    /** Without the index (no workspace file), every typed word must appear in the number or text. */
    private void showFiltered(WorkspaceContent content, String typed) {
        List<String> words = words(typed);
        hits = Map.of();
        List<PlanItem> matching = content.items().stream()
                .filter(item -> inScope(item, scope.get()))
                .filter(item -> matches(item, words))
                .toList();
        resultSummary.set(matching.size() + (matching.size() == 1 ? " item contains" : " items contain") + " “"
                + typed + "”.");
        items.setAll(matching);
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
