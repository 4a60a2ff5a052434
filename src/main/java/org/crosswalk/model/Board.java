package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * The local board whose plan the workspace maps, e.g. "Oxfordshire Health Improvement Board",
 * and the title of the mapping ("... NHS Long Term Plan mapping (February 2019)").
 */
public record Board(UUID id, String name, String title) {
    public Board {
        Objects.requireNonNull(id, "id");
        Text.requireText(name, "board name");
        title = title == null ? "" : title;
    }
}
