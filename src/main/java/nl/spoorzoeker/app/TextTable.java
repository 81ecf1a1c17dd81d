package nl.spoorzoeker.app;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal, aligned by code points so that "Çiğdem" lines up. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    void add(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells");
        }
        rows.add(cells);
    }

    String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            appendRow(sb, rows.get(r), widths);
            if (r == 0) {
                String[] rule = new String[columns];
                for (int c = 0; c < columns; c++) {
                    rule[c] = "-".repeat(widths[c]);
                }
                appendRow(sb, rule, widths);
            }
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] row, int[] widths) {
        for (int c = 0; c < row.length; c++) {
            String cell = row[c] == null ? "" : row[c];
            sb.append(cell);
            if (c < row.length - 1) {
                sb.append(" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        sb.append(System.lineSeparator());
    }

    private static int width(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
