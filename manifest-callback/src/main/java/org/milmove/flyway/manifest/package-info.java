/**
 * MilMove's migrations manifest for Flyway. Public API: the classes declared {@code public} here, chiefly
 * {@link org.milmove.flyway.manifest.Manifest}, {@link org.milmove.flyway.manifest.ManifestResourceProvider},
 * {@link org.milmove.flyway.manifest.ManifestCallback} and {@link org.milmove.flyway.manifest.MilMoveConventions};
 * everything package-private is internal.
 */
package org.milmove.flyway.manifest;
