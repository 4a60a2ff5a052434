package org.crosswalk.app.cli;

import java.util.function.Supplier;
import org.crosswalk.app.Wiring;
import picocli.CommandLine.Command;

/** The {@code crosswalk} command line. Subcommands are added here. */
@Command(name = "crosswalk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Map a local board's priorities to the paragraphs of a national plan.")
public final class CrosswalkCommand implements Runnable {
    private final Supplier<Wiring> wiring;

    public CrosswalkCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    Wiring wiring() {
        return wiring.get();
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
