package org.milmove.cli.pricing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.milmove.pricing.importer.PricingImporter.Contract;

/**
 * Which contract a workbook object creates: its metadata ({@code contract-code}, {@code contract-start-date},
 * optional {@code contract-name}) where given, else its file name, {@code <CODE>_<YYYY-MM-DD>.xlsx}. The start date is
 * never defaulted: contract years may not overlap, so a guessed date would fail or, worse, succeed wrongly.
 */
final class ContractNaming {
    static final String CODE = "contract-code";
    static final String NAME = "contract-name";
    static final String START_DATE = "contract-start-date";
    private static final Pattern FILE_NAME = Pattern.compile("(.+)_(\\d{4}-\\d{2}-\\d{2})\\.xlsx", Pattern.CASE_INSENSITIVE);

    private ContractNaming() {
    }

    /** @throws UserException when neither the metadata nor the file name gives a code and a start date */
    static Contract of(String fileName, Map<String, String> metadata) {
        Matcher named = FILE_NAME.matcher(fileName);
        boolean byName = named.matches();
        String code = metadata(metadata, CODE, byName ? named.group(1) : null);
        String start = metadata(metadata, START_DATE, byName ? named.group(2) : null);
        if (code == null || start == null) {
            throw new UserException("cannot tell which contract it is: name it <CONTRACT_CODE>_<YYYY-MM-DD>.xlsx (the"
                    + " contract's start date) or give it the metadata x-amz-meta-" + CODE + " and x-amz-meta-" + START_DATE);
        }
        try {
            return new Contract(code, metadata(metadata, NAME, code), LocalDate.parse(start));
        } catch (DateTimeParseException e) {
            throw new UserException("its contract start date " + Quoted.of(start) + " is not a date as YYYY-MM-DD");
        }
    }

    /** S3 hands metadata keys back in lower case; a blank value counts as missing. */
    private static String metadata(Map<String, String> metadata, String key, String otherwise) {
        String value = metadata.get(key.toLowerCase(Locale.ROOT));
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
