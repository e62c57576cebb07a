package org.milmove.cli.pricing;

import java.util.Locale;
import org.milmove.pricing.dump.Engine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts the engine names as users write them: auto, pg_dump, jdbc. */
final class EngineConverter implements ITypeConverter<Engine> {
    @Override
    public Engine convert(String value) {
        try {
            return Engine.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected auto, pg_dump or jdbc, not " + value);
        }
    }
}
