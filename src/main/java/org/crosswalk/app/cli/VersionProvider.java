package org.crosswalk.app.cli;

import org.crosswalk.app.Version;
import picocli.CommandLine.IVersionProvider;

/** "crosswalk 0.1.0" for {@code --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"crosswalk " + Version.current()};
    }
}
