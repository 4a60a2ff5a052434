package org.crosswalk.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Checks where a paper is to be written before anything is written. Both the app's export and
 * {@code crosswalk export} go through {@link ExportService#write}, which calls {@link #check}.
 *
 * <p>The file's own name must be one Windows accepts, on every system: a paper is often copied
 * to a Windows share or attached to an e-mail, and a name such as "aux.docx" or "Paper: draft?"
 * written on a Mac or Linux cannot be opened there (decision 0016). The folders on the way are
 * left to the system: they already exist, so they are evidently usable. A path with ".."
 * is resolved first, so it is accepted when it leads to an ordinary folder.
 */
public final class ExportTarget {
    /** Names Windows keeps for devices, with or without an extension ("NUL", "aux.docx"). */
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9", "LPT¹", "LPT²", "LPT³");
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    /**
     * Most file systems allow 255 bytes in one name; the temporary file written first adds 42
     * ("." + name + "." + a random id + ".tmp").
     */
    static final int MAX_NAME_BYTES = 200;

    private ExportTarget() {
    }

    /**
     * The file to write: {@code target} made absolute with any "." and ".." resolved.
     *
     * @throws ExportProblem when the name or the place cannot take a paper; nothing has been written
     */
    static Path check(Path target) throws ExportProblem {
        Path file = target.toAbsolutePath().normalize();
        Path nameOnly = file.getFileName();
        if (nameOnly == null) {
            throw new ExportProblem("Choose a file name for the paper, not just a folder.", null);
        }
        String name = nameOnly.toString();
        String quoted = "“" + name + "”";
        String problem = nameProblem(name);
        if (problem != null) {
            throw new ExportProblem(quoted + " cannot be used as a file name: " + problem
                    + " Nothing was written. Choose another name.", null);
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportProblem("The folder for " + quoted + " does not exist. Choose another folder.", null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportProblem(quoted + " is a folder, not a file. Nothing was written and the folder is "
                    + "unchanged. Choose another name.", null);
        }
        return file;
    }

    /** Whether {@code name} (with its ending) may be used for a paper on every system. */
    public static boolean isUsableName(String name) {
        return nameProblem(name) == null;
    }

    /** Why Windows (or a Windows share) would refuse {@code name}, or null when it is fine. */
    static String nameProblem(String name) {
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            return "a file name needs some letters or digits.";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return "it contains an invisible control character.";
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "Windows does not allow the characters < > : \" / \\ | ? * in file names.";
            }
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ') {
            return "Windows does not allow a file name to end with a dot or a space.";
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT);
        if (DEVICE_NAMES.contains(stem)) {
            return "Windows keeps the name " + stem + " for a device, even with an ending such as \".docx\".";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return "it is too long (keep it under about " + MAX_NAME_BYTES / 2 + " characters).";
        }
        return null;
    }
}
