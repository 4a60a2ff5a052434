package org.crosswalk.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Crosswalk keeps the user's things: preferences, logs and backups in the OS's per-user
 * data folder, workspaces in the user's documents. {@code -Dcrosswalk.dataDir} or
 * {@code CROSSWALK_DATA_DIR} moves the data folder (tests, portable use), so a development run
 * never touches an installed app's data unless told to.
 */
public record AppPaths(Path dataDir, Path documentsDir) {

    public static AppPaths detect() {
        return detect(System.getProperties().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString())),
                System.getenv());
    }

    static AppPaths detect(Map<String, String> properties, Map<String, String> environment) {
        Path home = Path.of(properties.getOrDefault("user.home", "."));
        String override = properties.getOrDefault("crosswalk.dataDir", environment.get("CROSSWALK_DATA_DIR"));
        Path data = override != null && !override.isBlank() ? Path.of(override) : osDataDir(properties, environment, home);
        Path documents = Files.isDirectory(home.resolve("Documents"))
                ? home.resolve("Documents").resolve("Crosswalk")
                : data.resolve("workspaces");
        if (override != null && !override.isBlank()) {
            documents = data.resolve("workspaces");
        }
        return new AppPaths(data, documents);
    }

    private static Path osDataDir(Map<String, String> properties, Map<String, String> environment, Path home) {
        String os = properties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = environment.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Crosswalk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Crosswalk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("crosswalk");
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
