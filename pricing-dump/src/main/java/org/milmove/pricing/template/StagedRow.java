package org.milmove.pricing.template;

import java.util.List;

/** A row staged from one sheet row: its text fields in stage-table column order. */
public interface StagedRow {
    /** The 1-based (Excel) number of the sheet row the values came from. */
    int row();

    List<String> fields();
}
