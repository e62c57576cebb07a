package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DumpTablePatternTest {
    private static final TableName ZIP3S = new TableName("public", "re_zip3s", "public.re_zip3s");
    private static final TableName MIXED = new TableName("public", "Re_Mixed", "public.\"Re_Mixed\"");

    @Test
    void starAndQuestionMarkAreWildcards() {
        assertThat(TablePattern.parse("re_*").matches(ZIP3S, true)).isTrue();
        assertThat(TablePattern.parse("re_zip?s").matches(ZIP3S, true)).isTrue();
        assertThat(TablePattern.parse("re_zip?").matches(ZIP3S, true)).isFalse();
        assertThat(TablePattern.parse("*").matches(ZIP3S, true)).isTrue();
    }

    @Test
    void unquotedNamesFoldToLowerCaseAndQuotedNamesMatchExactly() {
        assertThat(TablePattern.parse("RE_ZIP3S").matches(ZIP3S, true)).isTrue();
        assertThat(TablePattern.parse("Re_Mixed").matches(MIXED, true)).isFalse();
        assertThat(TablePattern.parse("\"Re_Mixed\"").matches(MIXED, true)).isTrue();
        assertThat(TablePattern.parse("\"Re_*\"").matches(MIXED, true)).as("* is literal inside quotes").isFalse();
        assertThat(TablePattern.parse("\"Re_\"*").matches(MIXED, true)).isTrue();
        assertThat(TablePattern.parse("\"a\"\"b\"").matches(new TableName("public", "a\"b", "public.\"a\"\"b\""), true)).isTrue();
    }

    @Test
    void otherCharactersAreLiteralNotRegularExpressions() {
        assertThat(TablePattern.parse("re_zip3s|x").matches(ZIP3S, true)).isFalse();
        assertThat(TablePattern.parse("re.zip3s").matches(ZIP3S, true)).as("the dot separates the schema").isFalse();
        assertThat(TablePattern.parse("re_zip3[s]").matches(ZIP3S, true)).isFalse();
    }

    @Test
    void aSchemaPartRestrictsTheSchemaAndWithoutOneOnlyVisibleTablesMatch() {
        TableName elsewhere = new TableName("other", "re_zip3s", "other.re_zip3s");
        assertThat(TablePattern.parse("other.re_*").matches(elsewhere, false)).isTrue();
        assertThat(TablePattern.parse("other.re_*").matches(ZIP3S, true)).isFalse();
        assertThat(TablePattern.parse("re_*").matches(elsewhere, false)).isFalse();
        assertThat(TablePattern.parse("*.re_zip3s").matches(elsewhere, false)).isTrue();
    }

    @Test
    void malformedPatternsAreRejected() {
        assertThatThrownBy(() -> TablePattern.parse("a.b.c")).isInstanceOf(DumpException.class).hasMessageContaining("more than one dot");
        assertThatThrownBy(() -> TablePattern.parse("\"open")).isInstanceOf(DumpException.class).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> TablePattern.parse(" ")).isInstanceOf(DumpException.class);
    }
}
