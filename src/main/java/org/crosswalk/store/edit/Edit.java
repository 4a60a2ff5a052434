package org.crosswalk.store.edit;

import java.sql.SQLException;

/**
 * A user's edit of the workspace. It reads what it needs through the context and answers with
 * the row changes it makes; {@link EditHistory} applies them in one transaction and keeps them
 * for undo.
 */
@FunctionalInterface
public interface Edit {
    PlannedEdit plan(EditContext context) throws SQLException;
}
