package org.crosswalk.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.Section;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.EditHistory;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.PaperEdits;
import org.crosswalk.store.edit.PlanEdits;

/**
 * Every text a user can type into a workspace, in one place, and a workspace built from them
 * with the ordinary edits: board name and title, a plan whose paragraph holds {@link #paragraph}
 * (so the link's {@link #excerpt} can be part of it), a theme with a linked priority with
 * sub-items, note, lead and a link with excerpt and note, a second theme with a "no mention"
 * priority, and the paper settings.
 */
record BoardTexts(String board, String title, String theme, String priority, List<String> subItems, String note,
                  String lead, String paragraph, String excerpt, String linkNote, String otherTheme,
                  String otherPriority,
                  String noMention, String meetingDate, String reference, String authors, String introduction,
                  String recommendations, String priorityHeading, String planHeading) {

    static final String PLAN_LABEL = "LTP";
    static final String PLAN_NUMBER = "2.18";

    /**
     * The same texts as Crosswalk's Word paper can bring back: the default column headings (a Word
     * table is known by them) and no priority note (the importer takes a plain paragraph after the
     * sub-items as the end of the last sub-item, so a note would join it).
     */
    BoardTexts forWordImport() {
        return new BoardTexts(board, title, theme, priority, subItems, "", lead, paragraph, excerpt, linkNote,
                otherTheme, otherPriority, noMention, meetingDate, reference, authors, introduction, recommendations,
                PaperSettings.DEFAULT_PRIORITY_HEADING, PaperSettings.DEFAULT_PLAN_HEADING);
    }

    /** What the user typed, one per field, for checks that every field survived. */
    List<String> typed() {
        List<String> all = new ArrayList<>(List.of(board, title, theme, priority, note, lead, excerpt, linkNote,
                otherTheme, otherPriority, noMention, meetingDate, reference, authors, introduction, recommendations,
                priorityHeading, planHeading));
        all.addAll(subItems);
        return all;
    }

    /** The texts a board paper (Word, PDF, web page) shows: not the lead, which only the spreadsheets carry. */
    List<String> onPaper() {
        List<String> all = new ArrayList<>(List.of(board, title, theme, priority, note, excerpt, linkNote,
                otherTheme, otherPriority, noMention, meetingDate, reference, authors, introduction, recommendations,
                priorityHeading, planHeading));
        all.addAll(subItems);
        return all;
    }

    /** The texts the Word paper shows: those of {@link #onPaper} but the link's note, which it leaves out. */
    List<String> onWordPaper() {
        return onPaper().stream().filter(t -> !t.equals(linkNote)).toList();
    }

    /** The texts the spreadsheets' Mapping table holds (the front matter goes on the "About" sheet). */
    List<String> inTable() {
        List<String> all = new ArrayList<>(List.of(theme, priority, note, lead, excerpt, linkNote, otherTheme, otherPriority,
                noMention));
        all.addAll(subItems);
        return all;
    }

    /** A plan with one chapter, one section and one numbered paragraph holding {@link #paragraph}. */
    PlanContent plan() {
        UUID planId = UUID.nameUUIDFromBytes(("plan " + paragraph).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Plan plan = new Plan(planId, "The Long Term Plan", PLAN_LABEL, "January 2019", "2019-01-07",
                "NHS England", "test", "Crown copyright");
        Chapter chapter = new Chapter(UUID.randomUUID(), planId, "2", "Prevention", 0);
        Section section = new Section(UUID.randomUUID(), chapter.id(), "Smoking", 0);
        return new PlanContent(plan, List.of(chapter), List.of(section), List.of(new PlanItem(UUID.randomUUID(),
                planId, chapter.id(), section.id(), PLAN_NUMBER, 37, ItemKind.PARAGRAPH, paragraph, null, 0)));
    }

    /** A new workspace at {@code file} holding every text; closed again. */
    Path write(WorkspaceFiles files, Path file) throws Exception {
        try (Workspace workspace = files.create(file, board, title)) {
            EditHistory history = workspace.history();
            PlanContent plan = plan();
            history.execute(PlanEdits.addPlan(plan));
            UUID boardId = workspace.load().board().id();
            UUID themeId = UUID.randomUUID();
            UUID priorityId = UUID.randomUUID();
            UUID otherId = UUID.randomUUID();
            UUID linkId = UUID.randomUUID();
            history.execute(OutlineEdits.addTheme(boardId, themeId, theme));
            history.execute(OutlineEdits.addPriority(themeId, priorityId, priority));
            for (String sub : subItems) {
                history.execute(OutlineEdits.addSubItem(priorityId, UUID.randomUUID(), sub));
            }
            history.execute(OutlineEdits.setPriorityNote(priorityId, note));
            history.execute(OutlineEdits.setPriorityLead(priorityId, lead));
            history.execute(LinkEdits.link(priorityId, plan.items().get(0).id(), linkId));
            history.execute(LinkEdits.editLink(linkId, excerpt, Relevance.DIRECT, linkNote));
            UUID otherThemeId = UUID.randomUUID();
            history.execute(OutlineEdits.addTheme(boardId, otherThemeId, otherTheme));
            history.execute(OutlineEdits.addPriority(otherThemeId, otherId, otherPriority));
            history.execute(LinkEdits.markNoMention(otherId, noMention));
            history.execute(PaperEdits.save(new PaperSettings(title, board, meetingDate, reference, authors,
                    introduction, recommendations, priorityHeading, planHeading, "({label} p. {page})",
                    PaperSettings.QuoteMode.EXCERPT_WHERE_SET, true, false, false)));
        }
        return file;
    }
}
