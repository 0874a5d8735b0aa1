package org.cadre.workbook;

import java.util.List;

/**
 * One kind of workbook import (participant list, scoring template, attendance sheets …), plugged into
 * the shared pipeline of {@link WorkbookImports}: upload → read safely → {@link #parse} each row →
 * {@link #plan} it (no writes) → preview → on commit, {@link #plan} again and {@link #apply} every row
 * that creates or changes something, all in one transaction.
 *
 * <p>{@link #plan} must be idempotent: a row whose data is already in Cadre is
 * {@link Outcome#UNCHANGED}, so uploading the same file twice changes nothing the second time.
 *
 * @param <R> the typed row, serialisable to JSON (a record of strings, numbers, dates and ids)
 */
public interface ImportKind<R> {

    /** The outcome of one row. */
    enum Outcome { CREATE, UPDATE, UNCHANGED, ERROR }

    /** A problem with the value of one column (by {@link Column#key()}), or the row when key is null. */
    record Problem(String key, String message) {
    }

    /** What applying a row would do; {@code label} names the row for people ("Rusu Ion"). */
    record Plan(Outcome outcome, String label, List<Problem> problems) {

        public static Plan create(String label) {
            return new Plan(Outcome.CREATE, label, List.of());
        }

        public static Plan update(String label) {
            return new Plan(Outcome.UPDATE, label, List.of());
        }

        public static Plan unchanged(String label) {
            return new Plan(Outcome.UNCHANGED, label, List.of());
        }

        public static Plan error(String label, String key, String message) {
            return new Plan(Outcome.ERROR, label, List.of(new Problem(key, message)));
        }
    }

    /** The name in URLs and in the audit: {@code participants}, {@code regions} … */
    String name();

    /** The columns the workbook must (or may) have, with their header texts in every language. */
    List<Column> columns();

    /**
     * The columns for one scope, when they depend on it (the competencies of a cohort's programme);
     * by default {@link #columns()}. Called after {@link #authorise}.
     */
    default List<Column> columns(String scope) {
        return columns();
    }

    Class<R> rowType();

    /**
     * Refuses a caller who may not import into this scope, with a 403 for the wrong role and a 404
     * for a scope they cannot see (or that does not exist).
     */
    void authorise(String scope);

    /** The typed row, or null when a value cannot be read (the reason is recorded on the row). */
    R parse(ReadRow row);

    /**
     * A key that must be unique within one file (the person, the competency …), or null when duplicates
     * do not matter. A second row with the same key is an error.
     */
    default String identity(R row) {
        return null;
    }

    /** What {@link #apply} would do with the row; must not write. */
    Plan plan(String scope, R row);

    /** Writes the row (only called for CREATE and UPDATE plans, within the commit's transaction). */
    void apply(String scope, R row);

    /**
     * A kind that plans and writes a whole file at once with a few set queries, instead of a few queries
     * per row ({@link #plan}/{@link #apply}): the pipeline then uses {@link #batch} for the preview and
     * for the commit. The plans must be those the rows would get if applied one after another in the
     * file's order (a row may find the person an earlier row creates).
     */
    interface SetBased<R> {

        /** Plans every row (in order), without writing; {@link Batch#write} then writes them. */
        Batch batch(String scope, List<R> rows);
    }

    /** The plans of a file's rows, and the writing of every CREATE and UPDATE among them. */
    interface Batch {

        /** One plan per row, in the rows' order. */
        List<Plan> plans();

        /**
         * Writes every row whose plan creates or changes something, in the caller's transaction; only
         * called when no plan is an error. Returns the number of rows written.
         */
        int write();
    }
}
