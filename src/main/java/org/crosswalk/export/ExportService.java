package org.crosswalk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.model.WorkspaceContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports a workspace's paper to a file: written to a temporary file beside the target, forced
 * to disk, then moved into place, so a failure never leaves half a document (or spoils the
 * previous one).
 */
public final class ExportService {
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final List<Exporter> exporters;

    public ExportService(List<Exporter> exporters) {
        this.exporters = List.copyOf(exporters);
    }

    public List<Exporter> exporters() {
        return exporters;
    }

    public Optional<Exporter> exporter(String format) {
        String wanted = format.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return exporters.stream().filter(e -> e.format().equals(wanted)).findFirst();
    }

    /** Writes the paper of {@code content} with {@code exporter} to {@code target}. */
    public Path export(WorkspaceContent content, Exporter exporter, Path target) throws ExportProblem {
        return write(PaperBuilder.build(content), exporter, target);
    }

    public Path write(Paper paper, Exporter exporter, Path target) throws ExportProblem {
        return writeSafely(out -> exporter.write(paper, out), target);
    }

    /** Writes the progress report with {@code exporter} to {@code target}, as safely as the paper. */
    public Path write(ProgressReport report, Exporter exporter, Path target) throws ExportProblem {
        return writeSafely(out -> exporter.write(report, out), target);
    }

    /** Something that writes a whole document to a stream. */
    private interface Document {
        void writeTo(OutputStream out) throws IOException;
    }

    private Path writeSafely(Document document, Path target) throws ExportProblem {
        Path file = ExportTarget.check(target);
        String name = "“" + file.getFileName() + "”";
        Path folder = file.getParent();
        Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE); OutputStream out = Channels.newOutputStream(channel)) {
                document.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Export to {} failed", file, e);
            throw new ExportProblem(explain(e, name, folder), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.debug("Could not remove {}", temporary, e);
            }
        }
    }

    private static String explain(Exception e, String name, Path folder) {
        String detail = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String kept = " Nothing was written" + " and any earlier " + name + " is unchanged.";
        if (detail.contains("no space") || detail.contains("disk full") || detail.contains("not enough space")) {
            return "The disk is full, so " + name + " could not be written." + kept
                    + " Free some space or choose another drive, then export again.";
        }
        if (e instanceof AccessDeniedException || detail.contains("permission denied")) {
            return "Crosswalk may not write to " + folder + "." + kept + " Choose another folder.";
        }
        if (e instanceof FileSystemException && (detail.contains("used by another process")
                || detail.contains("being used") || detail.contains("locked"))) {
            return name + " is open in another program (Word or Excel, perhaps)." + kept
                    + " Close it there and export again, or choose another name.";
        }
        if (e instanceof NoSuchFileException) {
            return "The folder " + folder + " is no longer there." + kept + " Choose another folder.";
        }
        if (e instanceof FileSystemException) {
            return name + " could not be replaced (" + e.getMessage() + ")." + kept
                    + " Check that it is not open in another program, or choose another name.";
        }
        return "Crosswalk could not write " + name + "." + kept + " Details are in the log file.";
    }
}
