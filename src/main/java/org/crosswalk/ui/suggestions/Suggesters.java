package org.crosswalk.ui.suggestions;

import org.crosswalk.search.Suggester;
import org.crosswalk.search.Thesaurus;
import org.crosswalk.store.Workspace;

/**
 * Suggesters over the open workspace, shared by the panel and the draft window. The thesaurus is
 * read once, on first use, which is on the workspace's background thread.
 */
public final class Suggesters {
    private Thesaurus thesaurus;

    public synchronized Suggester over(Workspace workspace) {
        if (thesaurus == null) {
            thesaurus = Thesaurus.builtIn();
        }
        return new Suggester(workspace, thesaurus);
    }
}
