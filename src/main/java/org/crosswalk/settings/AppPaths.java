package org.crosswalk.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Crosswalk keeps the user's things: preferences, logs and backups in the OS's per-user
 * data folder, workspaces in the user's documents; never inside the installation.
 *
 * <p>The installed app (started by its jpackage launcher, which sets {@code jpackage.app-path}) and a
 * development run ({@code java -jar}, {@code mvn javafx:run}) use different folders, so trying a build
 * never touches the data of the installed app. {@code -Dcrosswalk.dataDir} or
 * {@code CROSSWALK_DATA_DIR} moves the data folder for either (tests, benchmarks, portable use).
 */
public record AppPaths(Path dataDir, Path documentsDir) {

    /** Set by every jpackage launcher: we run from an installation. */
    static final String INSTALLED_MARKER = "jpackage.app-path";

    public static AppPaths detect() {
        return detect(System.getProperties().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString())),
                System.getenv());
    }

    static AppPaths detect(Map<String, String> properties, Map<String, String> environment) {
        String override = properties.getOrDefault("crosswalk.dataDir", environment.get("CROSSWALK_DATA_DIR"));
        if (override != null && !override.isBlank()) {
            Path data = Path.of(override);
            return new AppPaths(data, data.resolve("workspaces"));
        }
        Path home = Path.of(properties.getOrDefault("user.home", "."));
        boolean installed = properties.containsKey(INSTALLED_MARKER);
        Path data = osDataDir(properties, environment, home, installed);
        Path documents = Files.isDirectory(home.resolve("Documents"))
                ? home.resolve("Documents").resolve(installed ? "Crosswalk" : "Crosswalk (development)")
                : data.resolve("workspaces");
        return new AppPaths(data, documents);
    }

    private static Path osDataDir(Map<String, String> properties, Map<String, String> environment, Path home,
                                  boolean installed) {
        String os = properties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        String suffix = installed ? "" : "-dev";
        if (os.contains("win")) {
            String local = environment.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Crosswalk" + suffix);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Crosswalk" + suffix);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("crosswalk" + suffix);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Automatic backups of workspaces, one folder per workspace (see store.backup.Backups). */
    public Path backupDir() {
        return dataDir.resolve("backups");
    }

    public Path preferencesFile() {
        return dataDir.resolve("preferences.properties");
    }
}
