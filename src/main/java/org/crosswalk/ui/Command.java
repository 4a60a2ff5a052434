package org.crosswalk.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;

/** An action with a bound "can run now" flag; menu items and buttons enable themselves from it. */
public final class Command {
    private final BooleanExpression executable;
    private final Runnable action;

    public Command(BooleanExpression executable, Runnable action) {
        this.executable = executable;
        this.action = action;
    }

    public BooleanExpression executableProperty() {
        return executable;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the action if it can run now. */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    public MenuItem bind(MenuItem item) {
        item.disableProperty().bind(executable.not());
        item.setOnAction(e -> execute());
        return item;
    }

    public <B extends ButtonBase> B bind(B button) {
        button.disableProperty().bind(executable.not());
        button.setOnAction(e -> execute());
        return button;
    }
}
