package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.mapping.LinkEditorViewModel;
import org.crosswalk.ui.mapping.MappingCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking, "no mention" and link details, on the real sample file, without a window. */
class MappingCommandsTest {
    @TempDir
    Path folder;
    private UiTestBench bench;
    private MappingCommands commands;

    @BeforeEach
    void openSample() {
        bench = new UiTestBench(folder).withSample();
        commands = new MappingCommands(bench.session, bench.selection, bench.dialogs);
    }

    private WorkspaceContent content() {
        return bench.session.content();
    }

    private Priority priority(String title) {
        return content().priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private PlanItem item(String number) {
        return content().items().stream().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
    }

    @Test
    void linkNeedsAParagraphAndAPriorityNotYetLinked() {
        assertFalse(commands.link().isExecutable());
        Priority smoking = priority("Reduce smoking prevalence");
        bench.selection.priorityProperty().set(smoking.id());
        assertFalse(commands.link().isExecutable());
        bench.selection.planItemProperty().set(item("2.9").id());
        assertFalse(commands.link().isExecutable(), "2.9 is already linked to smoking");
        bench.selection.planItemProperty().set(item("2.18").id());
        assertTrue(commands.link().isExecutable());

        commands.link().execute();
        assertTrue(content().link(smoking.id(), item("2.18").id()).isPresent());
        assertFalse(commands.link().isExecutable(), "now linked");
    }

    @Test
    void markNotMentionedOffersThePapersWordingAndCanBeUndone() {
        Priority mecc = priority("Making Every Contact Count, Campaigns");
        bench.selection.priorityProperty().set(mecc.id());
        assertTrue(commands.clearNoMention().isExecutable());
        commands.clearNoMention().execute();
        assertFalse(priority(mecc.title()).isNoMention());

        assertTrue(commands.markNoMention().isExecutable());
        bench.dialogs.textAnswers.add("No specific mention in the Long Term Plan.");
        commands.markNoMention().execute();
        assertEquals("No specific mention in the Long Term Plan.", bench.dialogs.initialTexts.get(0));
        assertEquals("No specific mention in the Long Term Plan.", priority(mecc.title()).noMention());
        bench.session.undo();
        assertFalse(priority(mecc.title()).isNoMention());
    }

    @Test
    void aPriorityWithLinksCannotBeMarkedNotMentioned() {
        bench.selection.priorityProperty().set(priority("Immunisation").id());
        assertFalse(commands.markNoMention().isExecutable());
    }

    @Test
    void linkDetailsAreSavedAsOneUndoableEdit() {
        Priority eating = priority("Enable people to eat healthily");
        Link link = content().linksOf(eating.id()).get(0);
        bench.selection.linkProperty().set(link.id());
        LinkEditorViewModel editor = new LinkEditorViewModel(bench.session, bench.selection, commands);
        assertFalse(editor.apply().isExecutable(), "nothing changed yet");

        editor.excerptProperty().set("The next version of hospital food standards will be published in 2019");
        editor.relevanceProperty().set(Relevance.PARTIAL);
        editor.noteProperty().set("Ask the trusts for their plans");
        editor.apply().execute();

        Link saved = content().link(link.id()).orElseThrow();
        assertEquals(Relevance.PARTIAL, saved.relevance());
        assertEquals("Ask the trusts for their plans", saved.note());
        assertTrue(saved.hasExcerpt());
        bench.session.undo();
        assertEquals(link, content().link(link.id()).orElseThrow());
    }

    @Test
    void anExcerptThatIsNotInTheParagraphIsExplainedAndNothingChanges() {
        Link link = content().linksOf(priority("Enable people to eat healthily").id()).get(0);
        bench.selection.linkProperty().set(link.id());
        LinkEditorViewModel editor = new LinkEditorViewModel(bench.session, bench.selection, commands);
        editor.excerptProperty().set("words the plan never used");
        editor.apply().execute();

        assertEquals(link, content().link(link.id()).orElseThrow());
        assertTrue(bench.dialogs.shown.get(0).contains("word for word"), bench.dialogs.shown.get(0));
    }

    @Test
    void unlinkRemovesTheSelectedLink() {
        Priority eating = priority("Enable people to eat healthily");
        Link link = content().linksOf(eating.id()).get(1);
        bench.selection.linkProperty().set(link.id());
        commands.unlink().execute();
        assertEquals(1, content().linksOf(eating.id()).size());
        assertTrue(bench.selection.linkProperty().get() == null, "selection forgets the removed link");
    }
}
