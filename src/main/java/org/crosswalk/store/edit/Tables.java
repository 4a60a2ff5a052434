package org.crosswalk.store.edit;

/** Table names, in one place so edits and the loader agree. */
public final class Tables {
    public static final String BOARD = "board";
    public static final String PLAN = "plan";
    public static final String CHAPTER = "chapter";
    public static final String SECTION = "section";
    public static final String PLAN_ITEM = "plan_item";
    public static final String THEME = "theme";
    public static final String PRIORITY = "priority";
    public static final String SUB_ITEM = "sub_item";
    public static final String LINK = "link";
    public static final String SUGGESTION_DISMISSAL = "suggestion_dismissal";
    public static final String DELETED_ROW = "deleted_row";
    public static final String MERGE_SEEN = "merge_seen";

    private Tables() {
    }
}
