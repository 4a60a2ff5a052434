package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window carries the Crosswalk icon, in every size a window manager may ask for. */
@ExtendWith(ApplicationExtension.class)
class WindowIconsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStageGetsTheInstallersIconInEachSize(FxRobot robot) throws Exception {
        robot.interact(() -> WindowIcons.applyInBackground(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 256.0),
                stage.getIcons().stream().map(image -> image.getWidth()).toList());
        stage.getIcons().forEach(image -> assertEquals(image.getWidth(), image.getHeight(), "square"));
    }
}
