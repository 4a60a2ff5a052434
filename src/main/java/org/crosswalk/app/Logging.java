package org.crosswalk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends log records (SLF4J over java.util.logging) to rotating files in the user's data folder,
 * so error dialogs can stay short and the details are still there for support.
 */
final class Logging {
    private Logging() {
    }

    static Path configure(Path logDir, boolean toConsole) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Path pattern = logDir.resolve("crosswalk-%g.log");
        try {
            Files.createDirectories(logDir);
            FileHandler file = new FileHandler(pattern.toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException e) {
            System.err.println("Crosswalk cannot write its log in " + logDir + ": " + e.getMessage());
        }
        if (toConsole) {
            java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
            console.setLevel(Level.WARNING);
            root.addHandler(console);
        }
        return logDir.resolve("crosswalk-0.log");
    }
}
