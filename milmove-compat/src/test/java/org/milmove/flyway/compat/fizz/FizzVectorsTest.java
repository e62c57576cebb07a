package org.milmove.flyway.compat.fizz;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vectors of src/test/resources/fizz-vectors: real fizz v1.14.4 output, or the spec's refusal. */
class FizzVectorsTest {

    /** What the translator must say: the line it names and a piece of the message. */
    private record Refusal(int line, String says) {
    }

    /** Inputs fizz fails on. The translator names the line of the actual problem (fizz's own line is sometimes off). */
    private static final Map<String, Refusal> FIZZ_FAILS = Map.ofEntries(
            entry("04_text_pk", new Refusal(2, "can not use text as a primary key")),
            entry("11_unknown_cmd", new Refusal(1, "unknown fizz command 'frobnicate'")),
            entry("12_dup_col", new Refusal(3, "duplicated column a")),
            entry("13_explicit_ts", new Refusal(3, "duplicated column created_at")),
            entry("23_comment", new Refusal(1, "'#' comments are not supported")),
            entry("30_ts_then_col", new Refusal(3, "duplicated column updated_at")),
            entry("31_two_primary", new Refusal(3, "a second primary key b (a is one already)")),
            entry("33_fk_two_tables", new Refusal(1, "must be a map with exactly one entry")),
            entry("39_fk_nonarray", new Refusal(1, "must be a non-empty array of strings, got the string \"id\"")),
            entry("43_single_quote_str", new Refusal(1, "strings in ' quotes are not supported; use double quotes")),
            entry("50_lead_comment", new Refusal(1, "'#' comments are not supported")),
            entry("52_mid_comment", new Refusal(2, "'#' comments are not supported")),
            entry("55_trailing_comma", new Refusal(2, "a trailing comma before ')' is not allowed")),
            entry("57_arr_trailing_comma", new Refusal(1, "a trailing comma before ']' is not allowed")),
            entry("58_bom_crlf", new Refusal(1, "byte order mark")));

    /** Inputs fizz translates but FIZZ.md refuses; the comment gives the reason. */
    private static final Map<String, Refusal> SPEC_REFUSES = Map.ofEntries(
            // t.Index and t.PrimaryKey are outside the subset (FIZZ.md 3); the corpus uses neither.
            entry("09_index_in_table", new Refusal(4, "t.Index is not supported")),
            entry("10_composite_pk", new Refusal(4, "t.PrimaryKey is not supported")),
            // Names with '.' are refused (4.1): fizz quotes public.users as one name in the constraint name only.
            entry("15_schema_fk", new Refusal(1, "the referenced table name \"public.users\" contains '.'")),
            // let and the other plush statements are refused (2).
            entry("21_let", new Refusal(1, "'let' is not supported")),
            // A file that yields no SQL is an error (1): pop refuses an empty query.
            entry("22_empty", new Refusal(1, "yields no SQL")),
            // Decimal numbers are refused (2).
            entry("32_float_default", new Refusal(1, "decimal numbers such as 1.5 are not supported")),
            // exec runs a shell command in real fizz (3); here it printed nothing.
            entry("37_exec", new Refusal(1, "unknown fizz command 'exec'")),
            // size must be an integer (4.2); fizz printed VARCHAR (%!d(string=20)).
            entry("40_size_string", new Refusal(1, "the option \"size\" of add_column must be a whole number")),
            // nil is refused (2).
            entry("44_default_nil", new Refusal(1, "nil is not supported")),
            // '#' comments are refused (2): plush mis-reads what follows them, depending on where they stand.
            entry("51_trail_comment", new Refusal(1, "'#' comments are not supported")),
            entry("54_final_comment", new Refusal(2, "'#' comments are not supported")),
            // <% %> templates are refused (2): fizz silently translated this file to nothing.
            entry("53_tmpl_comment", new Refusal(1, "template tags (<% %>) are not supported")));

    static Stream<String> vectors() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".fizz"))
                    .map(n -> n.substring(0, n.length() - ".fizz".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void givesFizzsOutputOrRefusesWithTheLine(String vector) throws IOException {
        String source = vector + ".fizz";
        String input = Files.readString(directory().resolve(source), StandardCharsets.UTF_8);
        Refusal refusal = FIZZ_FAILS.getOrDefault(vector, SPEC_REFUSES.get(vector));
        if (refusal == null) {
            byte[] golden = Files.readAllBytes(directory().resolve(vector + ".sql"));
            assertThat(Fizz.toSql(source, input).getBytes(StandardCharsets.UTF_8))
                    .as(vector).asString(StandardCharsets.UTF_8).isEqualTo(new String(golden, StandardCharsets.UTF_8));
            assertThat(Fizz.toSql(source, input).getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
            return;
        }
        FizzException e = catchThrowableOfType(FizzException.class, () -> Fizz.toSql(source, input));
        assertThat(e).as(vector + " must be refused").isNotNull();
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.line()).as(e.getMessage()).isEqualTo(refusal.line());
        assertThat(e.getMessage()).startsWith(source + " line " + refusal.line() + ": ").contains(refusal.says())
                .contains("; ");
    }

    @Test
    void everyVectorIsClassifiedByWhatFizzGave() throws IOException {
        List<String> all = vectors().toList();
        assertThat(all).hasSize(54);
        for (String vector : all) {
            boolean failed = Files.exists(directory().resolve(vector + ".err"));
            assertThat(Files.exists(directory().resolve(vector + ".sql"))).as(vector).isNotEqualTo(failed);
            assertThat(FIZZ_FAILS.containsKey(vector)).as(vector + " failed in fizz").isEqualTo(failed);
        }
        for (String vector : SPEC_REFUSES.keySet()) {
            assertThat(directory().resolve(vector + ".sql")).as("fizz translated " + vector).exists();
        }
        assertThat(all.stream().filter(v -> !FIZZ_FAILS.containsKey(v) && !SPEC_REFUSES.containsKey(v))).hasSize(27);
    }

    private static Path directory() {
        try {
            return Path.of(FizzVectorsTest.class.getResource("/fizz-vectors").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
