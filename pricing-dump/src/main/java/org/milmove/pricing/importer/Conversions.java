package org.milmove.pricing.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** The original importer's text-to-value rules (spec §4.1). */
final class Conversions {
    /** Compiled once: these rules run for every staged value. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private Conversions() {
    }

    /** The text before the first '.', parsed strictly as a base-10 integer: "4.0" is 4. */
    static int integer(String text) {
        int dot = text.indexOf('.');
        return strictInt(dot < 0 ? text : text.substring(0, dot), text);
    }

    /** INT, zero-padded to at least 3 digits: "4.0" is "004". */
    static String pad3(String text) {
        int value = integer(text);
        if (value < 0) {
            throw new BadValueException("\"" + text + "\" is not a service area or zip3 number");
        }
        // Integer.toString writes ASCII digits whatever the locale (String.format in Arabic would give ٠٠٤).
        String digits = Integer.toString(value);
        return digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits;
    }

    static int cents(String text) {
        return fixedPoint(text, 2);
    }

    static int millicents(String text) {
        return fixedPoint(text, 3) * 100;
    }

    /** "$12.345" with exactly {@code digits} decimals, as an integer number of 10^-digits dollars. */
    private static int fixedPoint(String text, int digits) {
        String plain = text.replace("$", "");
        String[] parts = plain.split("\\.", -1);
        if (parts.length != 2 || parts[1].length() != digits || !parts[1].chars().allMatch(Character::isDigit)) {
            throw new BadValueException("price \"" + text + "\" is not a dollar amount with exactly " + digits
                    + " decimals");
        }
        int whole = strictInt(parts[0], text);
        int scale = digits == 2 ? 100 : 1000;
        return Math.addExact(Math.multiplyExact(whole, scale), Integer.parseInt(parts[1]));
    }

    static boolean isPeak(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "peak" -> true;
            case "nonpeak" -> false;
            default -> throw new BadValueException("season \"" + season + "\" is neither Peak nor NonPeak");
        };
    }

    static String market(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "CONUS" -> "C";
            case "OCONUS" -> "O";
            default -> throw new BadValueException("market \"" + text + "\" is neither CONUS nor OCONUS");
        };
    }

    static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadValueException("\"" + text + "\" is not a number");
        }
    }

    /** Go's time.AddDate: adds, then normalises, so Feb 29 plus one year is Mar 1 (Java's plusYears gives Feb 28). */
    static LocalDate addDate(LocalDate date, int years, int months, int days) {
        return LocalDate.of(date.getYear() + years, 1, 1)
                .plusMonths(date.getMonthValue() - 1L + months)
                .plusDays(date.getDayOfMonth() - 1L + days);
    }

    private static int strictInt(String digits, String original) {
        if (!INTEGER.matcher(digits).matches()) {
            throw new BadValueException("\"" + original + "\" is not an integer");
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new BadValueException("\"" + original + "\" is out of range");
        }
    }
}
