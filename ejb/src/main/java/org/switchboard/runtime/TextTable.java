package org.switchboard.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text in aligned columns, for the listings that JMX operations return: the header first, then one
 * line per row, each column as wide as its widest cell. Empty cells print as {@code -}.
 */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    public TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    public TextTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] text = new String[columns];
        for (int i = 0; i < columns; i++) {
            String cell = cells[i] == null ? "" : cells[i].toString();
            text[i] = cell.isEmpty() ? "-" : cell;
        }
        rows.add(text);
        return this;
    }

    public String[] lines() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String[] lines = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? rows.get(r)[i] : pad(rows.get(r)[i], widths[i] + 2));
            }
            lines[r] = line.toString().stripTrailing();
        }
        return lines;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
