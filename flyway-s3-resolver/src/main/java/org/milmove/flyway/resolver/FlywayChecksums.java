package org.milmove.flyway.resolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Flyway's checksum of a migration's text, computed as Flyway computes it (CRC-32 of the UTF-8 bytes of each line,
 * line endings left out, a leading byte-order mark dropped), and a stand-in text that Flyway checksums to a given value.
 */
final class FlywayChecksums {
    /** Not SQL, so that a stand-in handed to the database by mistake fails instead of doing nothing. */
    private static final String STAND_IN = "checksum stand-in for an unchanged S3 object that was not fetched ";
    private static final int FREE_BITS = 64;

    private FlywayChecksums() {
    }

    static int of(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    /**
     * One line of ASCII whose checksum is {@code checksum}: CRC-32 is affine over GF(2), so flipping '0' to '1' in
     * chosen places of a fixed-length tail reaches any value; the places come from Gaussian elimination.
     */
    static String standIn(int checksum) {
        int wanted = checksum ^ Basis.BASE;
        long flips = 0;
        for (int bit = 31; bit >= 0; bit--) {
            if ((wanted >>> bit & 1) != 0) {
                if (Basis.PIVOT[bit] == 0) {
                    throw new IllegalStateException("no stand-in reaches checksum " + checksum);
                }
                wanted ^= Basis.PIVOT[bit];
                flips ^= Basis.PIVOT_FLIPS[bit];
            }
        }
        char[] tail = new char[FREE_BITS];
        for (int i = 0; i < FREE_BITS; i++) {
            tail[i] = (flips >>> i & 1) != 0 ? '1' : '0';
        }
        return STAND_IN + new String(tail);
    }

    /** For each checksum bit, a set of flips whose effect has that bit as its highest; computed once. */
    private static final class Basis {
        static final int BASE = of(STAND_IN + "0".repeat(FREE_BITS));
        static final int[] PIVOT = new int[32];
        static final long[] PIVOT_FLIPS = new long[32];

        static {
            char[] tail = "0".repeat(FREE_BITS).toCharArray();
            for (int i = 0; i < FREE_BITS; i++) {
                tail[i] = '1';
                int effect = of(STAND_IN + new String(tail)) ^ BASE;
                tail[i] = '0';
                long flips = 1L << i;
                for (int bit = 31; bit >= 0 && effect != 0; bit--) {
                    if ((effect >>> bit & 1) == 0) {
                        continue;
                    }
                    if (PIVOT[bit] == 0) {
                        PIVOT[bit] = effect;
                        PIVOT_FLIPS[bit] = flips;
                        break;
                    }
                    effect ^= PIVOT[bit];
                    flips ^= PIVOT_FLIPS[bit];
                }
            }
        }
    }
}
