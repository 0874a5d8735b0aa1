package org.cadre.workbook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits for uploaded workbooks ({@code cadre.workbook.*}); see application.properties. */
@ConfigMapping(prefix = "cadre.workbook")
public interface WorkbookConfig {

    /** Largest accepted upload, in bytes (the file as sent, compressed). */
    @WithDefault("5242880")
    long maxUploadBytes();

    /** Most rows per sheet (header and title lines included). */
    @WithDefault("20000")
    int maxRows();

    /** Most columns a row may reach. */
    @WithDefault("300")
    int maxColumns();

    @WithDefault("60")
    int maxSheets();

    /** Smallest compressed/uncompressed ratio of a zip entry; below is treated as a zip bomb. */
    @WithDefault("0.005")
    double minInflateRatio();

    /** Largest uncompressed size of one part of the workbook, in bytes. */
    @WithDefault("209715200")
    long maxEntryBytes();

    /** Most characters of text (shared strings) a workbook may expand to. */
    @WithDefault("10485760")
    long maxTextChars();

    /** Most parts (zip entries) in one workbook. */
    @WithDefault("1000")
    int maxParts();

    /**
     * Seconds an import's preview or commit (one transaction, all or nothing) may run before it is rolled
     * back; read by {@code @TransactionConfiguration} on {@link WorkbookImports}.
     */
    @WithDefault("600")
    int importTimeout();

    default ReadLimits limits() {
        return new ReadLimits(maxUploadBytes(), maxRows(), maxColumns(), maxSheets(), minInflateRatio(),
                maxEntryBytes(), maxTextChars(), maxParts());
    }

    /** The same limits as a plain value, so the reader can be built without configuration in tests. */
    record ReadLimits(long maxUploadBytes, int maxRows, int maxColumns, int maxSheets, double minInflateRatio,
                      long maxEntryBytes, long maxTextChars, int maxParts) {

        static ReadLimits defaults() {
            return new ReadLimits(5_242_880, 20_000, 300, 60, 0.005, 209_715_200, 10_485_760, 1000);
        }

        ReadLimits withMaxRows(int rows) {
            return new ReadLimits(maxUploadBytes, rows, maxColumns, maxSheets, minInflateRatio, maxEntryBytes,
                    maxTextChars, maxParts);
        }

        ReadLimits withMaxUploadBytes(long bytes) {
            return new ReadLimits(bytes, maxRows, maxColumns, maxSheets, minInflateRatio, maxEntryBytes,
                    maxTextChars, maxParts);
        }
    }
}
