package org.crosswalk.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.PlanEdits;

/** A workspace file to search in, and small made-up plans to put in it. */
final class SearchBench implements AutoCloseable {
    final TestClock clock = new TestClock();
    final Path file;
    final Workspace workspace;
    final PlanSearch search;

    private SearchBench(Path file, Workspace workspace) {
        this.file = file;
        this.workspace = workspace;
        this.search = new PlanSearch(workspace);
    }

    /** An empty workspace. */
    static SearchBench empty(Path dir) throws Exception {
        Path file = dir.resolve("Search.crosswalk");
        return new SearchBench(file, StoreFixtures.files(new TestClock()).create(file, "Board", ""));
    }

    /** The Oxfordshire sample on the NHS Long Term Plan. */
    static SearchBench sample(Path dir) throws Exception {
        Path file = dir.resolve("Sample.crosswalk");
        return new SearchBench(file, StoreFixtures.sample(StoreFixtures.files(new TestClock()), file));
    }

    void add(PlanBuilder plan) throws Exception {
        workspace.history().execute(PlanEdits.addPlan(plan.content()));
    }

    List<SearchHit> search(String text) throws Exception {
        return search.search(SearchQuery.of(text));
    }

    /** The numbers (or, unnumbered, the texts) of the hits, best first. */
    List<String> found(String text) throws Exception {
        return names(search(text));
    }

    List<String> names(List<SearchHit> hits) throws Exception {
        var items = workspace.load().itemsById();
        return hits.stream().map(h -> items.get(h.itemId())).map(i -> i.hasNumber() ? i.number() : i.text()).toList();
    }

    @Override
    public void close() {
        workspace.close();
    }

    /** A small plan: chapters, sections and items added in order. */
    static final class PlanBuilder {
        final Plan plan;
        private final List<Chapter> chapters = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<PlanItem> items = new ArrayList<>();
        private Chapter chapter;
        private Section section;

        PlanBuilder(String title, String label) {
            plan = new Plan(UUID.randomUUID(), title, label, "2026", null, null, "test", null);
        }

        PlanBuilder chapter(String number, String title) {
            chapter = new Chapter(UUID.randomUUID(), plan.id(), number, title, chapters.size());
            chapters.add(chapter);
            section = null;
            return this;
        }

        PlanBuilder section(String title) {
            section = new Section(UUID.randomUUID(), chapter.id(), title, sections.size());
            sections.add(section);
            return this;
        }

        PlanBuilder item(String number, String text) {
            items.add(new PlanItem(UUID.randomUUID(), plan.id(), chapter.id(), section == null ? null : section.id(),
                    number, null, number == null ? ItemKind.PROSE : ItemKind.PARAGRAPH, text, null, items.size()));
            return this;
        }

        Chapter currentChapter() {
            return chapter;
        }

        PlanItem last() {
            return items.get(items.size() - 1);
        }

        PlanContent content() {
            return new PlanContent(plan, chapters, sections, items);
        }
    }
}
