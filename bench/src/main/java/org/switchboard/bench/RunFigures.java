package org.switchboard.bench;

import java.util.List;

/**
 * The figures a run of changes prints besides the changes themselves (the CPU and heap of who did the work, what
 * the watchers read), measured from when it is opened, at the start of the run.
 */
interface RunFigures extends AutoCloseable {

    /** The lines to print after a run of {@code changes} changes. */
    List<String> lines(int changes);

    @Override
    void close();
}
