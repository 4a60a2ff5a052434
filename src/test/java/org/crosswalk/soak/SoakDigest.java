package org.crosswalk.soak;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import org.crosswalk.store.Workspace;

/**
 * A fingerprint of everything a person would notice in a workspace (its whole loaded content)
 * plus its change log, so an edit applied without its log line, or half an edit, shows.
 */
final class SoakDigest {
    private SoakDigest() {
    }

    static String of(Workspace workspace) throws Exception {
        StringBuilder text = new StringBuilder(workspace.load().toString());
        workspace.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT at, author, action, description FROM change_log ORDER BY rowid")) {
                while (rows.next()) {
                    text.append('\n').append(rows.getString(1)).append('|').append(rows.getString(2))
                            .append('|').append(rows.getString(3)).append('|').append(rows.getString(4));
                }
            }
            return null;
        });
        return sha256(text.toString());
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 12);
    }
}
