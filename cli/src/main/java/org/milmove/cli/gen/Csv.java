package org.milmove.cli.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, as Go's encoding/csv reads it: fields in double quotes may hold commas, line breaks and doubled
 * quotes; a quote inside an unquoted field, or text after a closing quote, is a problem; blank lines are skipped.
 */
final class Csv {
    /** One record and the line it starts on; {@code problem} says why it is malformed, or is null. */
    record Record(int line, List<String> fields, String problem) {
    }

    private Csv() {
    }

    /** The records of {@code text}, malformed ones included. */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String problem = null;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < text.length() && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= text.length()) {
                            problem = "a quoted field that is never closed (a \" is missing)";
                            break;
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    if (problem == null && i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                        problem = "text after a closing quote; double a quote inside a quoted field (\"\")";
                    }
                }
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                    char c = text.charAt(i++);
                    if (c == '"' && problem == null) {
                        problem = "a quote inside an unquoted field; put the field in quotes and double the quote (\"\")";
                    }
                    if (c != '\r' || i < text.length() && text.charAt(i) != '\n') {
                        field.append(c);
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < text.length() && text.charAt(i) == ',') {
                    i++;
                } else {
                    endOfRecord = true;
                    if (i < text.length()) {
                        i++;
                        line++;
                    }
                }
            }
            if (problem != null || !(fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(new Record(start, fields, problem));
            }
        }
        return records;
    }
}
