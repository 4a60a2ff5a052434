package org.crosswalk.store.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The one place edits go through: each is applied and logged in a single transaction (there is
 * no Save button to forget), and kept on a bounded undo stack.
 */
public final class EditHistory {
    static final int LIMIT = 500;

    private final Connection connection;
    private final Supplier<String> author;
    private final Clock clock;
    private final boolean readOnly;
    private final Runnable fileCheck;
    private final Deque<PlannedEdit> undo = new ArrayDeque<>();
    private final Deque<PlannedEdit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long revision;
    private Boolean recordsRows;

    public EditHistory(Connection connection, Supplier<String> author, Clock clock, boolean readOnly) {
        this(connection, author, clock, readOnly, () -> { });
    }

    /**
     * A history that runs {@code fileCheck} before every edit, undo and redo; it throws a
     * {@link SaveFailedException} when the file is no longer the one that was opened (deleted,
     * moved or replaced), since SQLite would go on writing to the vanished file unseen.
     */
    public EditHistory(Connection connection, Supplier<String> author, Clock clock, boolean readOnly,
                       Runnable fileCheck) {
        this.connection = connection;
        this.author = author;
        this.clock = clock;
        this.readOnly = readOnly;
        this.fileCheck = fileCheck;
    }

    /** Applies the edit and commits it; returns its description. Nothing is changed on failure. */
    public String execute(Edit edit) throws SQLException {
        PlannedEdit done;
        synchronized (this) {
            requireWritable();
            done = inTransaction(context -> {
                PlannedEdit planned = Tombstones.recorded(edit.plan(context), context);
                if (planned.changes().isEmpty()) {
                    return planned;
                }
                applyAll(planned);
                log("edit", planned);
                return planned;
            });
            if (done.changes().isEmpty()) {
                return done.description();
            }
            push(undo, done);
            redo.clear();
            revision++;
        }
        fire();
        return done.description();
    }

    public Optional<String> undo() throws SQLException {
        return step(undo, redo, "undo", true);
    }

    public Optional<String> redo() throws SQLException {
        return step(redo, undo, "redo", false);
    }

    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(PlannedEdit::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(PlannedEdit::description);
    }

    /** Grows by one with every edit, undo and redo. */
    public synchronized long revision() {
        return revision;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private Optional<String> step(Deque<PlannedEdit> from, Deque<PlannedEdit> to, String action, boolean reverse)
            throws SQLException {
        PlannedEdit edit;
        synchronized (this) {
            requireWritable();
            edit = from.peek();
            if (edit == null) {
                return Optional.empty();
            }
            PlannedEdit toApply = reverse ? edit.inverse() : edit;
            inTransaction(context -> {
                applyAll(toApply);
                log(action, toApply);
                return toApply;
            });
            from.pop();
            push(to, edit);
            revision++;
        }
        fire();
        return Optional.of(edit.description());
    }

    private void requireWritable() {
        if (readOnly) {
            throw new EditRejectedException("This workspace is open read-only, so it cannot be changed. "
                    + "Use File > Save a Copy As… to keep your own editable copy.");
        }
        fileCheck.run();
    }

    private interface Work {
        PlannedEdit run(EditContext context) throws SQLException;
    }

    private PlannedEdit inTransaction(Work work) throws SQLException {
        String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        boolean previous = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            PlannedEdit result = work.run(new EditContext(connection, now, author.get()));
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw WriteFailures.explain(e).orElseThrow(() -> e);
        } catch (RuntimeException e) {
            rollbackAfter(e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(previous);
            } catch (SQLException e) {
                // The edit's outcome stands (committed, or the failure thrown); a connection that cannot
                // switch back fails again, explained, at the next edit.
            }
        }
    }

    /** Rolls back; a rollback that fails too (the drive is gone) must not hide the first failure. */
    private void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void applyAll(PlannedEdit edit) throws SQLException {
        for (RowChange change : edit.changes()) {
            change.apply(connection);
        }
    }

    /** One change_log row, and the rows the change touched (for the history's priority filter). */
    private void log(String action, PlannedEdit applied) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO change_log (id, at, author, action, description) VALUES (?, ?, ?, ?, ?)")) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
            statement.setString(3, author.get());
            statement.setString(4, action);
            statement.setString(5, applied.description());
            statement.executeUpdate();
        }
        if (recordsRows()) {
            ChangeRows.record(connection, ChangeRows.lastSeq(connection), applied);
        }
    }

    /** Whether the file has the change_row table (added with the history-and-snapshots migration); asked once. */
    private boolean recordsRows() throws SQLException {
        if (recordsRows == null) {
            recordsRows = ChangeRows.tableExists(connection);
        }
        return recordsRows;
    }

    private static void push(Deque<PlannedEdit> stack, PlannedEdit edit) {
        stack.push(edit);
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
