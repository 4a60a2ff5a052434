package org.crosswalk.store.backup;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file: whose it is (by the workspace's file name), when and why it was made, its size. */
public record Backup(Path file, String workspaceName, Instant madeAt, BackupReason reason, long size) {
}
