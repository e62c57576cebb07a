package org.milmove.pricing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.milmove.pricing.InLocale;

class TextReportLocaleTest {

    @Test
    void rowCountsInTheReportsAreTheSameUnderAnyLocale() throws Exception {
        assertThat(InLocale.run(Locale.GERMANY, () -> TextReport.counts(Map.of("re_zip3s", 38331))))
                .containsExactly(List.of("re_zip3s", "38,331"), List.of("total", "38,331"));
    }
}
