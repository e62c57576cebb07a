package org.milmove.cli.db;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Go-style durations as MilMove's environment files write them: {@code 500ms}, {@code 5s}, {@code 1m}; a bare number is seconds. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches()) {
            throw notADuration(value);
        }
        try {
            long amount = Long.parseLong(m.group(1));
            Duration duration = switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
            duration.toMillis();
            return duration;
        } catch (NumberFormatException | ArithmeticException tooLong) {
            // Waits are slept in milliseconds: a duration that does not fit would fail only when it is waited.
            throw notADuration(value);
        }
    }

    private static TypeConversionException notADuration(String value) {
        return new TypeConversionException("'" + value + "' is not a duration; use for example 500ms, 5s or 1m");
    }
}
