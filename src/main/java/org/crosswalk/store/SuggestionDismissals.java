package org.crosswalk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads which plan items a person has dismissed as suggestions, per priority. */
public final class SuggestionDismissals {
    private SuggestionDismissals() {
    }

    /** Dismissed plan item ids by priority id; priorities with none are absent. */
    public static Map<UUID, Set<UUID>> all(Workspace workspace) throws SQLException {
        return workspace.read(connection -> {
            Map<UUID, Set<UUID>> dismissed = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT priority_id, plan_item_id FROM suggestion_dismissal");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    dismissed.computeIfAbsent(UUID.fromString(rows.getString(1)), k -> new HashSet<>())
                            .add(UUID.fromString(rows.getString(2)));
                }
            }
            return dismissed;
        });
    }

    /** The plan item ids dismissed for one priority. */
    public static Set<UUID> of(Workspace workspace, UUID priorityId) throws SQLException {
        return workspace.read(connection -> {
            Set<UUID> dismissed = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT plan_item_id FROM suggestion_dismissal WHERE priority_id = ?")) {
                statement.setString(1, priorityId.toString());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        dismissed.add(UUID.fromString(rows.getString(1)));
                    }
                }
            }
            return dismissed;
        });
    }
}
