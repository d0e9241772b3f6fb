package org.saferinternethub.toolbox;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueCsvTests {

    @Test
    void formulasAreDefusedOnExportAndRestoredOnImport() {
        for (String value : List.of("=1+1", "+32 2 123", "-", "@me", "'=already quoted", "'plain", "plain", "")) {
            assertThat(CatalogueCsv.restored(CatalogueCsv.defused(value))).isEqualTo(value);
        }
        assertThat(CatalogueCsv.defused("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(CatalogueCsv.defused("plain")).isEqualTo("plain");
    }

    @Test
    void readsSemicolonsAByteOrderMarkAndQuotedLineBreaks() {
        String header = String.join(";", java.util.Arrays.stream(CatalogueCsv.Column.values())
            .map(CatalogueCsv.Column::header).toList());
        CatalogueCsv.Table table = CatalogueCsv.read("\uFEFF" + header + "\nx;en;Title;Summary;\"Line one\nLine two\";"
                + "GUIDE;;;;;;1;;;;;;;\n\n", 10);
        assertThat(table.readable()).isTrue();
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get(CatalogueCsv.Column.BODY)).isEqualTo("Line one\nLine two");
            assertThat(row.value(CatalogueCsv.Column.ORGANISATION)).isEqualTo("1");
        });
    }

    @Test
    void anUnclosedQuoteMakesTheFileUnreadable() {
        String header = String.join(",", java.util.Arrays.stream(CatalogueCsv.Column.values())
            .map(CatalogueCsv.Column::header).toList());
        assertThat(CatalogueCsv.read(header + "\nx,en,\"Title,Summary\n", 10).problemKeys())
            .containsExactly("toolbox.import.file.unreadable");
    }

}
