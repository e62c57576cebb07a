package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void copyEscapesAreDecodedAndOnlyAWholeBackslashNIsNull() {
        assertThat(values("a\\\\b\\tc\\nd\\re\\bf\\fg\\vh\t\\N\t\\\\N\t\\Nx\t\t\\101\\x41\\x4\\xg\\q\n"))
                .containsExactly("a\\b\tc\nd\re\bf\fg\u000bh", null, "\\N", "Nx", "", "AA\u0004xgq");
    }

    @Test
    void octalAndHexEscapesMakeBytesNotCharacters() {
        List<byte[]> values = CopyText.values(bytes("\\303\\274\\xc3\\xbc"), 16);

        assertThat(new String(values.get(0), StandardCharsets.UTF_8)).isEqualTo("üü");
    }

    @Test
    void byteaTextInEitherOutputFormatGivesTheSameBytes() {
        byte[] expected = {0, (byte) 0xff, '\\', '\n', 'a'};

        assertThat(ByteaText.bytes(bytes("\\x00ff5c0a61"))).isEqualTo(expected);
        assertThat(ByteaText.bytes(bytes("\\000\\377\\\\\\012a"))).isEqualTo(expected);
        assertThat(ByteaText.bytes(bytes("\\x"))).isEmpty();
    }

    private static List<String> values(String row) {
        return CopyText.values(bytes(row), bytes(row).length).stream()
                .map(v -> v == null ? null : new String(v, StandardCharsets.UTF_8)).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
