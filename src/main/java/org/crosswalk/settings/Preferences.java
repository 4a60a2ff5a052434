package org.crosswalk.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's preferences in a small properties file: author name, recent workspaces, zoom, how
 * often to back up while editing.
 * Thread-safe. Every change is written straight away, but on a background thread (through a
 * temporary file), so the window never waits for the disk.
 */
public final class Preferences {
    public static final int RECENT_LIMIT = 8;
    public static final int DEFAULT_BACKUP_MINUTES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);

    private final Path file;
    private final Properties values = new Properties();
    private final java.util.concurrent.Executor writer;

    private Preferences(Path file, java.util.concurrent.Executor writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Preferences written on their own background thread. */
    public static Preferences load(Path file) {
        return load(file, java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crosswalk-preferences");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Preferences written through {@code writer} ({@code Runnable::run} writes at once). */
    public static Preferences load(Path file, java.util.concurrent.Executor writer) {
        Preferences preferences = new Preferences(file, writer);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                preferences.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Preferences in {} could not be read; starting from defaults", file, e);
            }
        }
        return preferences;
    }

    /** The name recorded on every change: the preference, else the operating-system user. */
    public synchronized String authorName() {
        String name = values.getProperty("author.name", "").strip();
        return name.isEmpty() ? System.getProperty("user.name", "unknown") : name;
    }

    public synchronized void setAuthorName(String name) {
        values.setProperty("author.name", name == null ? "" : name.strip());
        save();
    }

    public synchronized List<Path> recentFiles() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String value = values.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }

    /** Puts {@code path} first in the recent list (the last one opened is reopened at start). */
    public synchronized void addRecentFile(Path path) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path absolute = path.toAbsolutePath();
        recent.remove(absolute);
        recent.add(0, absolute);
        writeRecent(recent);
    }

    public synchronized void removeRecentFile(Path path) {
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(path.toAbsolutePath());
        writeRecent(recent);
    }

    public synchronized Optional<Path> lastWorkspace() {
        return recentFiles().stream().findFirst();
    }

    /** Zoom in percent, 100–200. */
    public synchronized int zoomPercent() {
        return clampZoom(number("zoom.percent", 100));
    }

    public synchronized void setZoomPercent(int percent) {
        values.setProperty("zoom.percent", Integer.toString(clampZoom(percent)));
        save();
    }

    /** Presentation mode's own text size in percent, 100–200 (a projector needs more than a desk). */
    public synchronized int presentationZoomPercent() {
        return clampZoom(number("presentation.zoomPercent", 100));
    }

    public synchronized void setPresentationZoomPercent(int percent) {
        values.setProperty("presentation.zoomPercent", Integer.toString(clampZoom(percent)));
        save();
    }

    /** Whether presentation mode shows light text on black (for washed-out projectors). */
    public synchronized boolean presentationHighContrast() {
        return Boolean.parseBoolean(values.getProperty("presentation.highContrast", "false"));
    }

    public synchronized void setPresentationHighContrast(boolean on) {
        values.setProperty("presentation.highContrast", Boolean.toString(on));
        save();
    }

    /** Whether the main window is in high contrast (black on white, bold text, black borders). */
    public synchronized boolean highContrast() {
        return Boolean.parseBoolean(values.getProperty("window.highContrast", "false"));
    }

    public synchronized void setHighContrast(boolean on) {
        values.setProperty("window.highContrast", Boolean.toString(on));
        save();
    }

    public static int clampZoom(int percent) {
        return Math.max(100, Math.min(200, percent));
    }

    /** Minutes of editing between automatic backups, 1–240 (default 10). */
    public synchronized int backupIntervalMinutes() {
        return clampBackupInterval(number("backup.intervalMinutes", DEFAULT_BACKUP_MINUTES));
    }

    /** A whole number someone may have typed into the file by hand; {@code fallback} when it is not one. */
    private int number(String key, int fallback) {
        try {
            return Integer.parseInt(values.getProperty(key, Integer.toString(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized void setBackupIntervalMinutes(int minutes) {
        values.setProperty("backup.intervalMinutes", Integer.toString(clampBackupInterval(minutes)));
        save();
    }

    private static int clampBackupInterval(int minutes) {
        return Math.max(1, Math.min(240, minutes));
    }

    private void writeRecent(List<Path> recent) {
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
        save();
    }

    /** Waits until every change so far is on disk (at exit, and in tests). */
    public void flush() {
        if (!(writer instanceof java.util.concurrent.ExecutorService service)) {
            return;
        }
        try {
            service.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("Saving preferences failed", e);
        }
    }

    private void save() {
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        writer.execute(() -> write(snapshot));
    }

    private void write(Properties snapshot) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                snapshot.store(out, "Crosswalk preferences");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Preferences are a convenience: losing one must never stop the user's work.
            LOG.warn("Could not save preferences to {}", file, e);
        }
    }
}
