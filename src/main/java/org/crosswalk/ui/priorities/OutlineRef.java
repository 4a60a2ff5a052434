package org.crosswalk.ui.priorities;

import java.util.UUID;

/** A node of the board's outline: a theme, a priority or a sub-item, by id. */
public record OutlineRef(Kind kind, UUID id) {

    /** Outline levels. */
    public enum Kind { THEME, PRIORITY, SUB_ITEM }

    public static OutlineRef theme(UUID id) {
        return new OutlineRef(Kind.THEME, id);
    }

    public static OutlineRef priority(UUID id) {
        return new OutlineRef(Kind.PRIORITY, id);
    }

    public static OutlineRef subItem(UUID id) {
        return new OutlineRef(Kind.SUB_ITEM, id);
    }
}
