package org.milmove.flyway.manifest;

import java.util.EnumSet;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Fails migrate, validate, info and repair before they start when a file the manifest lists cannot be found,
 * naming every missing file. Nothing is applied when one is missing, not even the listed files that are present.
 */
public final class ManifestCallback implements Callback {
    private static final Set<Event> CHECKED = EnumSet.of(
            Event.BEFORE_MIGRATE, Event.BEFORE_VALIDATE, Event.BEFORE_INFO, Event.BEFORE_REPAIR);

    private final ManifestResourceProvider listed;

    public ManifestCallback(ManifestResourceProvider listed) {
        this.listed = listed;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return CHECKED.contains(event);
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        listed.requireListedFiles(context.getConfiguration().getSqlMigrationSuffixes());
    }

    @Override
    public String getCallbackName() {
        return "milmove-manifest";
    }
}
