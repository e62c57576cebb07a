package org.milmove.cli.migrate;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.milmove.cli.output.ProgressLine;

/** The migration being applied, on the progress line: a long one shows what the run is waiting for. */
final class MigrationProgress extends BaseCallback {
    private final ProgressLine line;

    MigrationProgress(ProgressLine line) {
        this.line = line;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo migration = context.getMigrationInfo();
        if (event == Event.BEFORE_EACH_MIGRATE && migration != null) {
            line.show("  applying " + migration.getVersion() + " " + migration.getDescription() + "…");
        } else {
            line.clear();
        }
    }
}
