package org.crosswalk.app.cli;

import java.io.PrintWriter;
import org.crosswalk.plans.catalogue.CatalogueException;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.edit.EditRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one or two lines on stderr and an exit code: a problem the user can act on
 * prints its message; anything unexpected prints a short notice and goes to the log with its
 * stack trace. Never a stack trace on the terminal.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof WorkspaceProblem || e instanceof CommandFailure || e instanceof CatalogueException
                || e instanceof EditRejectedException) {
            if (e.getCause() != null) {
                LOG.warn("{} failed: {}", commandLine.getCommandName(), e.getMessage(), e);
            }
            err.println(e.getMessage());
        } else {
            LOG.error("{} failed unexpectedly", commandLine.getCommandName(), e);
            err.println("Crosswalk could not finish “" + commandLine.getCommandName() + "” because of an internal "
                    + "error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "). Details are in the log file in Crosswalk's data folder.");
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run “" + commandLine.getCommandSpec().qualifiedName() + " --help” to see how to use it.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
