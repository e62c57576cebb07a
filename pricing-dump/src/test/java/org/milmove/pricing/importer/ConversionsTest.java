package org.milmove.pricing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.milmove.pricing.InLocale;

class ConversionsTest {

    @Test
    void serviceAreaNumbersAreAsciiDigitsUnderAnyLocale() throws Exception {
        assertThat(InLocale.run(Locale.forLanguageTag("ar-EG"), () -> Conversions.pad3("4.0"))).isEqualTo("004");
    }
}
