package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.search.Suggester;
import org.crosswalk.search.Thesaurus;
import org.crosswalk.store.SuggestionDismissals;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.ui.suggestions.DismissedParagraph;
import org.crosswalk.ui.suggestions.SuggestedParagraph;
import org.crosswalk.ui.suggestions.Suggesters;
import org.crosswalk.ui.suggestions.SuggestionsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Suggestions panel on the sample, its links for smoking removed first, without a window. */
class SuggestionsViewModelTest {
    private static final String SMOKING = "Reduce smoking prevalence";

    @TempDir
    Path folder;
    private UiTestBench bench;
    private SuggestionsViewModel panel;
    private Priority smoking;

    @BeforeEach
    void openSampleWithoutSmokingLinks() {
        bench = new UiTestBench(folder).withSample();
        smoking = priority(SMOKING);
        for (Link link : content().linksOf(smoking.id())) {
            bench.session.execute(LinkEdits.unlink(link.id()));
        }
        panel = new SuggestionsViewModel(bench.session, bench.selection, new Suggesters());
    }

    private WorkspaceContent content() {
        return bench.session.content();
    }

    private Priority priority(String title) {
        return content().priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    /** What the ranking itself proposes for smoking now (at most ten): the panel must show exactly that many. */
    private int proposed(UiTestBench in) {
        try {
            var workspace = in.session.workspaceProperty().get();
            return new Suggester(workspace, Thesaurus.builtIn()).suggestFor(in.session.content(), smoking,
                    SuggestionDismissals.of(workspace, smoking.id()), 10).size();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private SuggestedParagraph suggested(String number) {
        return panel.suggestions().stream().filter(s -> s.reference().equals(number)).findFirst().orElseThrow();
    }

    private boolean suggests(String number) {
        return panel.suggestions().stream().anyMatch(s -> s.reference().equals(number));
    }

    @Test
    void withoutAPrioritySelectedItSaysWhatToDo() {
        assertTrue(panel.suggestions().isEmpty());
        assertEquals("Select a priority to see suggested paragraphs.", panel.messageProperty().get());
        assertEquals("", panel.headingProperty().get());
    }

    @Test
    void showsTheBestTenWithWhereTheyAreAndWhyInPlainWords() {
        bench.selection.priorityProperty().set(smoking.id());
        assertEquals("Suggested for ‘Reduce smoking prevalence’", panel.headingProperty().get());
        assertEquals(proposed(bench), panel.suggestions().size());
        assertTrue(panel.suggestions().size() >= 5, "the sample's smoking paragraphs and commitments");
        assertEquals("", panel.messageProperty().get());
        assertFalse(panel.findingProperty().get());

        SuggestedParagraph p29 = suggested("2.9");
        assertEquals("(NHS LTP p. 35)", p29.citation());
        assertEquals("Smoking · Chapter 2: More NHS action on prevention and health inequalities", p29.where());
        assertTrue(p29.reasons().startsWith("Matched: "), p29.reasons());
        assertTrue(p29.reasons().contains("(thesaurus: smoking ~ "), "plain words, no quotation marks: "
                + p29.reasons());
        assertFalse(p29.matched().isEmpty(), "the words to show in bold");
        assertFalse(p29.snippet().contains("\u0002"), "no match marks left in the text");
        SuggestedParagraph commitment = panel.suggestions().stream().filter(s -> s.reference().startsWith("“"))
                .findFirst().orElseThrow(() -> new AssertionError("an item without a number is named by its first words"));
        assertEquals("Key commitment", commitment.title(), "and its card says what it is");
    }

    @Test
    void acceptLinksAndSelectsTheLinkAndUndoBringsTheSuggestionBack() {
        bench.selection.priorityProperty().set(smoking.id());
        SuggestedParagraph p29 = suggested("2.9");
        panel.accept(p29);

        Link link = content().link(smoking.id(), p29.itemId()).orElseThrow();
        assertEquals(link.id(), bench.selection.linkProperty().get(), "the new link is shown selected in the table");
        assertFalse(suggests("2.9"));
        assertEquals(proposed(bench), panel.suggestions().size(), "the list shows what is left");
        assertEquals("Accept suggestion 2.9 for ‘Reduce smoking prevalence’",
                bench.session.undoDescriptionProperty().get());

        bench.session.undo();
        assertTrue(content().link(smoking.id(), p29.itemId()).isEmpty());
        assertTrue(suggests("2.9"), "suggested again after undo");
        bench.session.redo();
        assertFalse(suggests("2.9"));
    }

    @Test
    void dismissIsRememberedAndCanBeUndoneOrSuggestedAgain() throws Exception {
        bench.selection.priorityProperty().set(smoking.id());
        SuggestedParagraph p210 = suggested("2.10");
        panel.dismiss(p210);

        assertFalse(suggests("2.10"));
        assertEquals(proposed(bench), panel.suggestions().size(), "the list shows what is left");
        assertEquals(List.of("2.10"), panel.dismissed().stream().map(DismissedParagraph::reference).toList());
        assertEquals(java.util.Set.of(p210.itemId()),
                SuggestionDismissals.of(bench.session.workspaceProperty().get(), smoking.id()));

        bench.session.undo();
        assertTrue(suggests("2.10"), "undo brings it back although the content reads the same");
        assertTrue(panel.dismissed().isEmpty());

        bench.session.redo();
        assertFalse(suggests("2.10"));
        panel.suggestAgain(panel.dismissed().get(0));
        assertTrue(suggests("2.10"));
        assertTrue(panel.dismissed().isEmpty());
        assertEquals("Suggest 2.10 again for ‘Reduce smoking prevalence’", bench.session.undoDescriptionProperty().get());
    }

    @Test
    void followsTheSelectedPriority() {
        bench.selection.priorityProperty().set(smoking.id());
        Priority immunisation = priority("Immunisation");
        bench.selection.priorityProperty().set(immunisation.id());
        assertEquals("Suggested for ‘Immunisation’", panel.headingProperty().get());
        for (Link link : content().linksOf(immunisation.id())) {
            String number = content().item(link.planItemId()).orElseThrow().number();
            assertFalse(suggests(number), "linked items are left out: " + number);
        }
        bench.selection.priorityProperty().set(null);
        assertTrue(panel.suggestions().isEmpty());
    }

    @Test
    void nothingIsComputedWhileThePanelIsHiddenAndItCatchesUpWhenShown() {
        panel.activeProperty().set(false);
        bench.selection.priorityProperty().set(smoking.id());
        assertTrue(panel.suggestions().isEmpty());
        panel.activeProperty().set(true);
        assertEquals(proposed(bench), panel.suggestions().size());
    }

    @Test
    void aPriorityMarkedNotMentionedSaysAcceptingWithdrawsThat() {
        Priority mecc = priority("Making Every Contact Count, Campaigns");
        bench.selection.priorityProperty().set(mecc.id());
        assertTrue(panel.noteProperty().get().startsWith("Marked as not mentioned"), panel.noteProperty().get());
        assertFalse(panel.suggestions().isEmpty());
    }

    @Test
    void aWorkspaceWithoutAPlanSaysToImportOne() {
        bench.dialogs.fileAnswers.add(folder.resolve("empty.crosswalk"));
        bench.dialogs.textAnswers.add("Test Board");
        bench.files.newWorkspace();
        assertTrue(content().plans().isEmpty());
        assertTrue(panel.messageProperty().get().startsWith("Import a national plan to get suggestions"),
                panel.messageProperty().get());
    }

    @Test
    void aReadOnlyWorkspaceShowsSuggestionsButCannotDecide() {
        UiTestBench second = new UiTestBench(folder);
        second.dialogs.confirmAnswers.add(true);
        second.files.open(bench.session.path().orElseThrow());
        SuggestionsViewModel readOnly = new SuggestionsViewModel(second.session, second.selection, new Suggesters());
        second.selection.priorityProperty().set(smoking.id());
        int shown = readOnly.suggestions().size();
        assertEquals(proposed(second), shown);
        assertFalse(readOnly.canDecideProperty().get());
        assertTrue(readOnly.noteProperty().get().contains("read-only"));
        readOnly.accept(readOnly.suggestions().get(0));
        assertEquals(shown, readOnly.suggestions().size(), "nothing happens");
        second.session.close();
    }
}
