package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MilMoveReadingTest {

    @Test
    void rowsWithoutBackslashesButWholeNullsAndWithoutLeadingSpaceReadLikeCopy() {
        assertThat(readsLikeCopy("a\t\\N\t-- b ? c; 'd'\n")).isTrue();
        assertThat(readsLikeCopy("\\N\t\\N\n")).isTrue();
        assertThat(readsLikeCopy("Zürich\t\u00a0inside is fine\n")).isTrue();

        assertThat(readsLikeCopy("a\t\\\\N\n")).as("the text \\N").isFalse();
        assertThat(readsLikeCopy("a\tb\\tc\n")).isFalse();
        assertThat(readsLikeCopy("a\t\\Nb\n")).isFalse();
        assertThat(readsLikeCopy(" a\tb\n")).isFalse();
        assertThat(readsLikeCopy("\u00a0a\tb\n")).isFalse();
        assertThat(readsLikeCopy("\u3000a\tb\n")).isFalse();
        assertThat(readsLikeCopy("\tb\n")).as("an empty first value").isFalse();
        assertThat(readsLikeCopy("\n")).isFalse();
        assertThat(readsLikeCopy("a\tSELECT pg_catalog.set_config('search_path', '', false);\n")).isFalse();
    }

    @Test
    void spacesAreGosNotJavas() {
        assertThat(MilMoveReading.isSpace(0x85)).isTrue();
        assertThat(MilMoveReading.isSpace(0xA0)).isTrue();
        assertThat(MilMoveReading.isSpace(0x202F)).isTrue();
        assertThat(MilMoveReading.isSpace(0x0B)).isTrue();
        assertThat(MilMoveReading.isSpace(0x1C)).isFalse();
        assertThat(MilMoveReading.isSpace(0x200B)).isFalse();
    }

    @Test
    void namesAndTypesMustReachTheServerUnchanged() {
        assertThat(MilMoveReading.keepsInStatement("timestamp with time zone")).isTrue();
        assertThat(MilMoveReading.keepsInStatement("numeric(30,15)[]")).isTrue();
        assertThat(MilMoveReading.keepsInStatement("\"char\"")).isTrue();

        assertThat(MilMoveReading.keepsInStatement("\"what?\"")).isFalse();
        assertThat(MilMoveReading.keepsInStatement("\"a--b\"")).isFalse();
        assertThat(MilMoveReading.keepsInStatement("\"it's\"")).isFalse();
        assertThat(MilMoveReading.keepsInStatement("\"a;b\"")).isFalse();
        assertThat(MilMoveReading.keepsInStatement("\"x DO y\"")).isFalse();
    }

    private static boolean readsLikeCopy(String row) {
        byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
        return MilMoveReading.readsLikeCopy(bytes, bytes.length);
    }
}
