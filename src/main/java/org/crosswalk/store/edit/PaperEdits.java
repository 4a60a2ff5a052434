package org.crosswalk.store.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.PaperSettings;

/** Saving the board paper's settings, as one undoable edit. */
public final class PaperEdits {
    static final String TABLE = "paper_setting";

    private PaperEdits() {
    }

    /** Stores {@code settings}, changing only the settings that differ from what is stored. */
    public static Edit save(PaperSettings settings) {
        return context -> {
            List<RowChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> setting : settings.toValues().entrySet()) {
                List<Map<String, Object>> rows = context.query("SELECT * FROM " + TABLE + " WHERE key = ?",
                        setting.getKey());
                if (rows.isEmpty()) {
                    changes.add(context.insert(TABLE, UUID.randomUUID(),
                            Map.of("key", setting.getKey(), "value", setting.getValue())));
                } else {
                    context.update(rows.get(0), TABLE, Map.of("value", setting.getValue())).ifPresent(changes::add);
                }
            }
            return new PlannedEdit("Edit the paper settings", changes);
        };
    }
}
