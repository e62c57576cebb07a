package org.milmove.cli.migrate;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where MilMove's four DDL phases keep their files and manifests, with MilMove's option names and variables. */
public final class DdlOptions {
    @Option(names = "--ddl-types-migration-path",
            defaultValue = "${env:DDL_TYPES_MIGRATION_PATH:-migrations/app/ddl_migrations/ddl_types}",
            description = "Folder of the DDL types files [DDL_TYPES_MIGRATION_PATH] (default: ${DEFAULT-VALUE}).")
    String typesPath;

    @Option(names = "--ddl-types-migration-manifest",
            defaultValue = "${env:DDL_TYPES_MIGRATION_MANIFEST:-migrations/app/ddl_types_manifest.txt}",
            description = "Manifest of the DDL types files [DDL_TYPES_MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}).")
    Path typesManifest;

    @Option(names = "--ddl-tables-migration-path",
            defaultValue = "${env:DDL_TABLES_MIGRATION_PATH:-migrations/app/ddl_migrations/ddl_tables}",
            description = "Folder of the DDL tables files [DDL_TABLES_MIGRATION_PATH] (default: ${DEFAULT-VALUE}).")
    String tablesPath;

    @Option(names = "--ddl-tables-migration-manifest",
            defaultValue = "${env:DDL_TABLES_MIGRATION_MANIFEST:-migrations/app/ddl_tables_manifest.txt}",
            description = "Manifest of the DDL tables files [DDL_TABLES_MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}).")
    Path tablesManifest;

    @Option(names = "--ddl-views-migration-path",
            defaultValue = "${env:DDL_VIEWS_MIGRATION_PATH:-migrations/app/ddl_migrations/ddl_views}",
            description = "Folder of the DDL views files [DDL_VIEWS_MIGRATION_PATH] (default: ${DEFAULT-VALUE}).")
    String viewsPath;

    @Option(names = "--ddl-views-migration-manifest",
            defaultValue = "${env:DDL_VIEWS_MIGRATION_MANIFEST:-migrations/app/ddl_views_manifest.txt}",
            description = "Manifest of the DDL views files [DDL_VIEWS_MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}).")
    Path viewsManifest;

    @Option(names = "--ddl-functions-migration-path",
            defaultValue = "${env:DDL_FUNCTIONS_MIGRATION_PATH:-migrations/app/ddl_migrations/ddl_functions}",
            description = "Folder of the DDL functions files [DDL_FUNCTIONS_MIGRATION_PATH] (default: ${DEFAULT-VALUE}).")
    String functionsPath;

    @Option(names = "--ddl-functions-migration-manifest",
            defaultValue = "${env:DDL_FUNCTIONS_MIGRATION_MANIFEST:-migrations/app/ddl_functions_manifest.txt}",
            description = "Manifest of the DDL functions files [DDL_FUNCTIONS_MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}).")
    Path functionsManifest;

    /** A phase as configured: its name, where its files live, its manifest. */
    record Phase(String name, String path, Path manifest) {
    }

    /** MilMove's order: types, tables, views, functions. */
    List<Phase> phases() {
        return List.of(
                new Phase("DDL types", typesPath, typesManifest),
                new Phase("DDL tables", tablesPath, tablesManifest),
                new Phase("DDL views", viewsPath, viewsManifest),
                new Phase("DDL functions", functionsPath, functionsManifest));
    }
}
