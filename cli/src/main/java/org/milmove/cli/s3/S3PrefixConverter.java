package org.milmove.cli.s3;

import org.milmove.cli.Quoted;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An option's {@code s3://bucket/prefix} value, parsed as {@code MIGRATION_PATH} entries are. */
public final class S3PrefixConverter implements ITypeConverter<S3Prefix> {
    @Override
    public S3Prefix convert(String value) {
        return S3Prefix.parse(value).orElseThrow(() -> new TypeConversionException(
                "must be an s3://bucket/prefix URL, not " + Quoted.of(value)));
    }
}
