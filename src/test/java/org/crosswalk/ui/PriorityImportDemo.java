package org.crosswalk.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.crosswalk.tables.TableFixtures;

/**
 * For looking at File > Import Priorities on a real display (not run by the tests): the main
 * window on the sample in a temporary folder, then a CSV of priorities read into the import
 * window. Run it under Xvfb; the class path is the test class path. An argument: that file instead.
 */
public final class PriorityImportDemo {
    private static List<String> demoArgs = List.of();

    private PriorityImportDemo() {
    }

    public static void main(String[] args) {
        demoArgs = List.of(args);
        Application.launch(App.class, args);
    }

    /** The JavaFX application (a class of its own, so the launcher does not insist on the module path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path data = Files.createTempDirectory("crosswalk-priority-import-demo");
            MainWindow window = DesktopLauncher.show(stage, TestServices.in(data), new BackgroundTaskRunner(),
                    Optional.empty());
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
            Path file = demoArgs.isEmpty() ? strategy(data.resolve("Health and wellbeing strategy 2019.csv"))
                    : Path.of(demoArgs.get(0));
            window.session().contentProperty().addListener((o, old, now) -> {
                if (old == null && now != null) {
                    Platform.runLater(() -> window.priorityImport().read(file));
                }
            });
        }
    }

    /** A board's strategy as an officer might keep it: a title row, then Priority, Theme, Sub-items, Lead. */
    private static Path strategy(Path file) throws Exception {
        return TableFixtures.csv(file, StandardCharsets.UTF_8, ",", List.of(
                List.of("Joint Health and Wellbeing Strategy 2019-2024", "", "", ""),
                List.of("Priority", "Theme", "Sub-items", "Lead"),
                List.of("Reduce smoking prevalence", "Keeping Yourself Healthy / Prevent",
                        "Stop smoking in pregnancy\nSmokefree play areas", "Public Health"),
                List.of("Enable people to eat healthily", "Keeping Yourself Healthy / Prevent", "", "Public Health"),
                List.of("Loneliness in older people", "Connected communities",
                        "Befriending schemes\nLunch clubs\nVolunteer drivers", "Age UK Oxfordshire"),
                List.of("Digital inclusion", "Connected communities", "Free wifi in libraries", "County libraries"),
                List.of("Community transport", "Connected communities", "", "District councils"),
                List.of("", "", "Dial-a-ride", ""),
                List.of("Good work and fair pay", "Wider determinants", "Living wage employers\nApprenticeships",
                        "OxLEP"),
                List.of("Warm homes", "Wider determinants", "Better Housing Better Health referrals",
                        "City and district councils")));
    }
}
